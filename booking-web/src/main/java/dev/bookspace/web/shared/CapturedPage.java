package dev.bookspace.web.shared;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.CharArrayWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** A response whose body is kept here instead of sent, to be sent inside another answer. */
final class CapturedPage extends HttpServletResponseWrapper {

    private final CharArrayWriter text = new CharArrayWriter();
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintWriter writer = new PrintWriter(text);

    CapturedPage(HttpServletResponse response) {
        super(response);
    }

    @Override
    public PrintWriter getWriter() {
        return writer;
    }

    @Override
    public ServletOutputStream getOutputStream() {
        return new ServletOutputStream() {
            @Override
            public void write(int b) {
                bytes.write(b);
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
                throw new UnsupportedOperationException("A captured page is written blocking");
            }
        };
    }

    @Override
    public void setContentLength(int length) {
        // the page is sent inside another answer, whose length it does not decide
    }

    @Override
    public void setContentLengthLong(long length) {
        // as above
    }

    @Override
    public void flushBuffer() {
        writer.flush();
    }

    /** What was written, as text (UTF-8 for what came as bytes). */
    String body() {
        writer.flush();
        return text + bytes.toString(StandardCharsets.UTF_8);
    }
}
