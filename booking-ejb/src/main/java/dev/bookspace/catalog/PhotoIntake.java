package dev.bookspace.catalog;

import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;
import dev.bookspace.shared.InvalidRequestException;
import dev.bookspace.shared.InvalidRequestException.Wording;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import net.coobird.thumbnailator.Thumbnails;
import net.coobird.thumbnailator.util.exif.ExifFilterUtils;
import net.coobird.thumbnailator.util.exif.ExifUtils;
import net.coobird.thumbnailator.util.exif.Orientation;

/**
 * Turns an uploaded file into the renditions the pages show, or refuses it with a sentence. The kind
 * of image is read from its first bytes, never from its name or what the browser said; its size in
 * pixels is read from its header before anything is decoded, so a small file that would unpack into
 * gigabytes (a decompression bomb) is refused for the price of a few bytes. A large photo is decoded
 * subsampled (every n-th pixel, n as large as still leaves twice the pixels of the largest rendition),
 * so decoding one costs tens of megabytes, not hundreds. A JPEG is turned the way its Exif block says is
 * up. Every rendition is encoded anew, which keeps none of the upload's metadata (a camera's GPS position
 * among it).
 */
public final class PhotoIntake {

    /** Below the server's 10 MB cap on a whole request (Undertow's max-post-size), with room for the form around it. */
    static final int MAX_BYTES = 8 * 1024 * 1024;
    static final long MAX_PIXELS = 40_000_000L;
    private static final float JPEG_QUALITY = 0.85f;

    /** One size of a photo, encoded. */
    public record Rendition(int width, int height, byte[] bytes) {
    }

    /** What an upload became: its renditions, all of one media type. */
    record Prepared(String mediaType, Rendition card, Rendition large) {
    }

    /** What a logo's upload became: one rendition, a PNG when it has transparent pixels (most logos), else a JPEG. */
    public record PreparedLogo(String mediaType, Rendition rendition) {
    }

    private enum Kind { JPEG, PNG, WEBP }

    private PhotoIntake() {
    }

    static Prepared prepare(String fileName, byte[] upload) {
        BufferedImage image = checkedImage(fileName, upload);
        boolean transparent = hasTransparentPixels(image);
        return new Prepared(mediaType(transparent), render(image, PhotoSize.CARD, transparent),
                render(image, PhotoSize.LARGE, transparent));
    }

    /** An organisation's logo, under the same checks as a photo, kept in the one size its header and e-mails show. */
    public static PreparedLogo logo(String fileName, byte[] upload) {
        BufferedImage image = checkedImage(fileName, upload);
        boolean transparent = hasTransparentPixels(image);
        return new PreparedLogo(mediaType(transparent), render(image, PhotoSize.LOGO, transparent));
    }

    private static BufferedImage checkedImage(String fileName, byte[] upload) {
        boolean unnamed = fileName == null || fileName.isBlank();
        String name = unnamed ? "The file" : fileName.strip();
        // an upload without a name is called "the file" in the page's language too
        Object named = unnamed ? new Wording("photos.theFile", List.of()) : name;
        if (upload == null || upload.length == 0) {
            throw refused(name + " is empty; choose a JPEG, PNG or WebP image.", "photos.empty", named);
        }
        if (upload.length > MAX_BYTES) {
            throw refused(name + " is larger than " + MAX_BYTES / (1024 * 1024) + " MB; upload a smaller image.",
                    "photos.tooLarge", MAX_BYTES / (1024 * 1024), named);
        }
        Kind kind = kindOf(upload);
        if (kind == null) {
            throw refused(name + " is not a JPEG, PNG or WebP image, whatever its name says; choose an image in one of those formats.",
                    "photos.notAnImage", named);
        }
        return decode(name, named, kind, upload);
    }

    private static String mediaType(boolean transparent) {
        return transparent ? "image/png" : "image/jpeg";
    }

    /** The magic numbers at the start of each format. */
    private static Kind kindOf(byte[] bytes) {
        if (startsWith(bytes, 0, 0xFF, 0xD8, 0xFF)) {
            return Kind.JPEG;
        }
        if (startsWith(bytes, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Kind.PNG;
        }
        if (startsWith(bytes, 0, 'R', 'I', 'F', 'F') && startsWith(bytes, 8, 'W', 'E', 'B', 'P')) {
            return Kind.WEBP;
        }
        return null;
    }

    private static boolean startsWith(byte[] bytes, int offset, int... expected) {
        if (bytes.length < offset + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((bytes[offset + i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }

    private static BufferedImage decode(String name, Object named, Kind kind, byte[] upload) {
        ImageReader reader = readerFor(kind);
        try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(upload))) {
            // Only a JPEG's metadata is read: its Exif orientation.
            reader.setInput(input, true, kind != Kind.JPEG);
            long width = reader.getWidth(0);
            long height = reader.getHeight(0);
            if (width * height > MAX_PIXELS) {
                throw refused(name + " is " + width + " × " + height + " pixels, more than " + MAX_PIXELS / 1_000_000
                        + " megapixels; upload a smaller image.", "photos.tooManyPixels", MAX_PIXELS / 1_000_000, named,
                        width, height);
            }
            ImageReadParam param = reader.getDefaultReadParam();
            int step = subsampling(width, height);
            if (step > 1) {
                param.setSourceSubsampling(step, step, 0, 0);
            }
            BufferedImage image = reader.read(0, param);
            return kind == Kind.JPEG ? upright(reader, image) : image;
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidRequestException refusal) {
                throw refusal;
            }
            throw refused(name + " could not be read as a " + kind.name() + " image; it may be damaged. "
                    + "Open it in a photo editor and save it again, or choose another.", "photos.unreadable", named, kind.name());
        } finally {
            reader.dispose();
        }
    }

    /**
     * A phone keeps a photo as its sensor saw it and says in the Exif block which way is up; the renditions
     * drop that block, so they are turned upright here. A block that cannot be read leaves the photo as it is.
     */
    private static BufferedImage upright(ImageReader reader, BufferedImage image) {
        Orientation orientation;
        try {
            orientation = ExifUtils.getExifOrientation(reader, 0);
        } catch (IOException | RuntimeException e) {
            return image;
        }
        return orientation == null || orientation == Orientation.TOP_LEFT ? image
                : ExifFilterUtils.getFilterForOrientation(orientation).apply(image);
    }

    /** The JDK's readers for JPEG and PNG; TwelveMonkeys' for WebP, which the JDK cannot read. */
    private static ImageReader readerFor(Kind kind) {
        if (kind == Kind.WEBP) {
            // Made directly rather than registered with ImageIO: the registry is the JVM's, and would keep this
            // deployment's class loader after it is undeployed.
            return new WebPImageReaderSpi().createReaderInstance(null);
        }
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(kind.name().toLowerCase(Locale.ROOT));
        if (!readers.hasNext()) {
            throw new IllegalStateException("This Java has no " + kind + " reader");
        }
        return readers.next();
    }

    /** Every how many pixels to read, so the decoded image still has twice the largest rendition's pixels across. */
    static int subsampling(long width, long height) {
        double scale = PhotoSize.LARGE.scaleFor(width, height);
        return Math.max(1, (int) Math.floor(1 / (2 * scale)));
    }

    private static boolean hasTransparentPixels(BufferedImage image) {
        if (!image.getColorModel().hasAlpha()) {
            return false;
        }
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) >>> 24) != 0xFF) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Rendition render(BufferedImage image, PhotoSize size, boolean transparent) {
        double scale = size.scaleFor(image.getWidth(), image.getHeight());
        int width = Math.max(1, (int) Math.round(image.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(image.getHeight() * scale));
        try {
            BufferedImage resized = Thumbnails.of(image).forceSize(width, height)
                    .imageType(transparent ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB)
                    .asBufferedImage();
            return new Rendition(width, height, transparent ? png(resized) : jpeg(resized));
        } catch (IOException e) {
            throw new IllegalStateException("Could not resize a photo", e);
        }
    }

    private static byte[] jpeg(BufferedImage image) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream output = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(output);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }

    /** A refusal worded for the pages by its key. */
    private static InvalidRequestException refused(String message, String key, Object... arguments) {
        return new InvalidRequestException("photo", message).worded(key, arguments);
    }
}
