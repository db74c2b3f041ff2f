package dev.bookspace.catalog;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/** Real images made in the test, as a camera or an editor would write them, small enough to upload quickly. */
public final class TestPhotos {

    /** 12 × 8 pixels, lossy WebP, as cwebp wrote it (the JDK cannot write WebP). */
    static final byte[] WEBP = Base64.getDecoder().decode(
            "UklGRlAAAABXRUJQVlA4IEQAAACwAQCdASoMAAgAAUAmJbACdAEOuwSAAP78z++Woq69SmeDXcFc4fNFH34VvSgPW0/wPwfGD/1ZjnQvF//VM7sHcVYAAA==");

    /** What a phone writes into a photo's Exif block, which nobody should serve to the world. */
    static final String GPS_NOTE = "GPS 38.7223N 9.1393W";

    private TestPhotos() {
    }

    /** An opaque gradient, JPEG, with an Exif block holding {@link #GPS_NOTE}. */
    static byte[] jpeg(int width, int height) {
        byte[] plain = encode(gradient(width, height, false), "jpeg");
        byte[] exif = ("Exif\0\0" + GPS_NOTE).getBytes(StandardCharsets.ISO_8859_1);
        int afterJfif = 4 + ((plain[4] & 0xFF) << 8 | (plain[5] & 0xFF));
        ByteBuffer withExif = ByteBuffer.allocate(plain.length + 4 + exif.length);
        withExif.put(plain, 0, afterJfif).put((byte) 0xFF).put((byte) 0xE1).putShort((short) (exif.length + 2)).put(exif)
                .put(plain, afterJfif, plain.length - afterJfif);
        return withExif.array();
    }

    public static byte[] png(int width, int height, boolean transparent) {
        return encode(gradient(width, height, transparent), "png");
    }

    /** A PNG's signature and header only, claiming this many pixels: a decompression bomb's first bytes. */
    static byte[] pngHeader(int width, int height) {
        ByteBuffer ihdr = ByteBuffer.allocate(17).put("IHDR".getBytes(StandardCharsets.US_ASCII))
                .putInt(width).putInt(height).put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        CRC32 crc = new CRC32();
        crc.update(ihdr.array());
        return ByteBuffer.allocate(33).put(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})
                .putInt(13).put(ihdr.array()).putInt((int) crc.getValue()).array();
    }

    /** The bytes written to a file of this name in a fresh folder, for a browser to upload. */
    public static Path file(String name, byte[] bytes) {
        try {
            return Files.write(Files.createTempDirectory("photos").resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BufferedImage gradient(int width, int height, boolean transparent) {
        BufferedImage image = new BufferedImage(width, height, transparent ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int alpha = transparent && y < height / 2 ? 0x40 : 0xFF;
                image.setRGB(x, y, alpha << 24 | (x * 255 / width) << 16 | (y * 255 / height) << 8 | 0x60);
            }
        }
        return image;
    }

    private static byte[] encode(BufferedImage image, String format) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            ImageIO.write(image, format, bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
