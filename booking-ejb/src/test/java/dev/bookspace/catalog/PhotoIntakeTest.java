package dev.bookspace.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bookspace.shared.InvalidRequestException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** What an upload becomes: the kind read from the bytes, the pixels checked before decoding, sizes never enlarged. */
class PhotoIntakeTest {

    /** 12 × 8 pixels, lossy WebP, as cwebp wrote it. */
    static final byte[] TINY_WEBP = Base64.getDecoder().decode(
            "UklGRlAAAABXRUJQVlA4IEQAAACwAQCdASoMAAgAAUAmJbACdAEOuwSAAP78z++Woq69SmeDXcFc4fNFH34VvSgPW0/wPwfGD/1ZjnQvF//VM7sHcVYAAA==");

    @Test
    void shrinksALargeJpegToEachSizeKeepingItsProportions() throws IOException {
        PhotoIntake.Prepared prepared = PhotoIntake.prepare("sea.jpg", encode(image(3200, 2000, false), "jpeg"));

        assertThat(prepared.mediaType()).isEqualTo("image/jpeg");
        assertThat(dimensions(prepared.card())).isEqualTo("640x400");
        assertThat(dimensions(prepared.large())).isEqualTo("1600x1000");
        assertThat(decodedSize(prepared.large().bytes())).isEqualTo("1600x1000");
    }

    @Test
    void neverEnlargesASmallPhoto() throws IOException {
        PhotoIntake.Prepared prepared = PhotoIntake.prepare("small.png", encode(image(300, 200, false), "png"));

        assertThat(prepared.mediaType()).as("an opaque PNG becomes a JPEG").isEqualTo("image/jpeg");
        assertThat(dimensions(prepared.card())).isEqualTo("300x200");
        assertThat(dimensions(prepared.large())).isEqualTo("300x200");
    }

    @Test
    void keepsTransparencyAsPng() throws IOException {
        PhotoIntake.Prepared prepared = PhotoIntake.prepare("logo.png", encode(image(100, 100, true), "png"));

        assertThat(prepared.mediaType()).isEqualTo("image/png");
        assertThat(ImageIO.read(new ByteArrayInputStream(prepared.card().bytes())).getColorModel().hasAlpha()).isTrue();
    }

    @Test
    void fitsALogoIntoItsHeaderBoxKeepingTransparency() throws IOException {
        PhotoIntake.PreparedLogo wide = PhotoIntake.logo("harbour.png", encode(image(1200, 300, true), "png"));
        PhotoIntake.PreparedLogo tall = PhotoIntake.logo("crest.jpg", encode(image(400, 800, false), "jpeg"));

        assertThat(wide.mediaType()).isEqualTo("image/png");
        assertThat(dimensions(wide.rendition())).as("480 wide at most, 96 high at most").isEqualTo("384x96");
        assertThat(tall.mediaType()).isEqualTo("image/jpeg");
        assertThat(dimensions(tall.rendition())).isEqualTo("48x96");
    }

    @Test
    void turnsAPhoneJpegUprightAsItsExifSays() throws IOException {
        // Orientation 6: the camera was turned a quarter clockwise, so the stored 40 x 20 is shown 20 x 40.
        byte[] exif = {'E', 'x', 'i', 'f', 0, 0, 'M', 'M', 0, 42, 0, 0, 0, 8, 0, 1,
                0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, 6, 0, 0, 0, 0, 0, 0};
        byte[] plain = encode(image(40, 20, false), "jpeg");
        // After the JFIF segment, where a camera that writes both puts it.
        int afterJfif = 4 + ((plain[4] & 0xFF) << 8 | (plain[5] & 0xFF));
        byte[] withExif = ByteBuffer.allocate(plain.length + 4 + exif.length).put(plain, 0, afterJfif).put((byte) 0xFF)
                .put((byte) 0xE1).putShort((short) (exif.length + 2)).put(exif).put(plain, afterJfif, plain.length - afterJfif).array();

        PhotoIntake.Prepared prepared = PhotoIntake.prepare("phone.jpg", withExif);

        assertThat(dimensions(prepared.large())).isEqualTo("20x40");
        assertThat(decodedSize(prepared.large().bytes())).isEqualTo("20x40");
    }

    @Test
    void readsWebP() {
        PhotoIntake.Prepared prepared = PhotoIntake.prepare("room.webp", TINY_WEBP);

        assertThat(prepared.mediaType()).isEqualTo("image/jpeg");
        assertThat(dimensions(prepared.large())).isEqualTo("12x8");
    }

    @Test
    void refusesAFileThatIsNotAnImageWhateverItsName() {
        assertThatThrownBy(() -> PhotoIntake.prepare("notes.jpg", "Dear guest, …".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("notes.jpg is not a JPEG, PNG or WebP image, whatever its name says; choose an image in one of those formats.");
    }

    @Test
    void refusesTooManyPixelsFromTheHeaderAlone() {
        // A PNG header claiming 10,000 × 10,000 pixels with no image data behind it: decoding would fail, so
        // the refusal can only come from the header.
        assertThatThrownBy(() -> PhotoIntake.prepare("bomb.png", pngHeader(10_000, 10_000)))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("bomb.png is 10000 × 10000 pixels, more than 40 megapixels; upload a smaller image.");
    }

    @Test
    void refusesADamagedImage() {
        byte[] jpeg = new byte[64];
        jpeg[0] = (byte) 0xFF;
        jpeg[1] = (byte) 0xD8;
        jpeg[2] = (byte) 0xFF;
        assertThatThrownBy(() -> PhotoIntake.prepare("broken.jpg", jpeg))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageStartingWith("broken.jpg could not be read as a JPEG image");
    }

    @Test
    void subsamplesOnlyWhatIsFarLargerThanTheLargeSize() {
        assertThat(PhotoIntake.subsampling(1600, 1200)).isEqualTo(1);
        assertThat(PhotoIntake.subsampling(4000, 3000)).isEqualTo(1);
        assertThat(PhotoIntake.subsampling(8000, 5000)).isEqualTo(2);
    }

    static BufferedImage image(int width, int height, boolean transparent) {
        BufferedImage image = new BufferedImage(width, height, transparent ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int alpha = transparent && x < width / 2 ? 0 : 0xFF;
                image.setRGB(x, y, alpha << 24 | (x * 255 / width) << 16 | (y * 255 / height) << 8 | 0x80);
            }
        }
        return image;
    }

    static byte[] encode(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, format, bytes);
        return bytes.toByteArray();
    }

    /** A PNG's signature and IHDR chunk only. */
    static byte[] pngHeader(int width, int height) {
        ByteBuffer ihdr = ByteBuffer.allocate(17).put("IHDR".getBytes(StandardCharsets.US_ASCII))
                .putInt(width).putInt(height).put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        CRC32 crc = new CRC32();
        crc.update(ihdr.array());
        return ByteBuffer.allocate(8 + 4 + 17 + 4)
                .put(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})
                .putInt(13).put(ihdr.array()).putInt((int) crc.getValue()).array();
    }

    private static String dimensions(PhotoIntake.Rendition rendition) {
        return rendition.width() + "x" + rendition.height();
    }

    private static String decodedSize(byte[] bytes) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
        return image.getWidth() + "x" + image.getHeight();
    }
}
