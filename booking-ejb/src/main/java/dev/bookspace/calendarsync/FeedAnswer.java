package dev.bookspace.calendarsync;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import org.apache.hc.client5.http.async.methods.AbstractBinResponseConsumer;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpResponse;

/**
 * Reads a feed's answer, at most {@code limit} bytes of body: the URL is not ours, and an endless or
 * huge answer fails the fetch instead of filling the server's memory.
 */
final class FeedAnswer extends AbstractBinResponseConsumer<FeedAnswer.Read> {

    /** What came back: the status, the validators for the next fetch, and the body. */
    record Read(int status, String etag, String lastModified, byte[] body) {
    }

    /** An answer past the limit. */
    static final class TooLarge extends IOException {
        TooLarge(long limit) {
            super("The feed is larger than " + limit / 1024 / 1024 + " MB; Bookspace reads feeds up to that size.");
        }
    }

    private final long limit;
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private HttpResponse head;

    FeedAnswer(long limit) {
        this.limit = limit;
    }

    @Override
    protected void start(HttpResponse response, ContentType contentType) throws IOException {
        head = response;
        Header length = response.getFirstHeader("Content-Length");
        if (length != null && length.getValue().matches("[0-9]{1,18}") && Long.parseLong(length.getValue()) > limit) {
            throw new TooLarge(limit);
        }
    }

    @Override
    protected int capacityIncrement() {
        return 64 * 1024;
    }

    @Override
    protected void data(ByteBuffer src, boolean endOfStream) throws IOException {
        if (body.size() + (long) src.remaining() > limit) {
            throw new TooLarge(limit);
        }
        byte[] chunk = new byte[src.remaining()];
        src.get(chunk);
        body.write(chunk);
    }

    @Override
    protected Read buildResult() {
        return new Read(head.getCode(), value(head.getFirstHeader("ETag")), value(head.getFirstHeader("Last-Modified")),
                body.toByteArray());
    }

    @Override
    public void releaseResources() {
        // Nothing held beyond the buffer, which the result takes.
    }

    private static String value(Header header) {
        return header == null || header.getValue().length() > 500 ? null : header.getValue();
    }
}
