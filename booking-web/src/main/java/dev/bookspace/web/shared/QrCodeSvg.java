package dev.bookspace.web.shared;

import io.nayuki.qrcodegen.QrCode;

/**
 * Draws a QR code as inline SVG in the page that shows it, so what it carries (an authenticator's
 * {@code otpauth://} address) travels in that page's answer alone: no image URL, no second request,
 * nothing in an access log. The markup holds only squares, never the text, so it is safe unescaped.
 */
public final class QrCodeSvg {

    /** The quiet zone around the code, in modules, that the QR standard asks for. */
    private static final int BORDER = 4;

    private QrCodeSvg() {
    }

    public static String of(String text, String label) {
        QrCode qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
        int size = qr.size + BORDER * 2;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                if (qr.getModule(x, y)) {
                    path.append('M').append(x + BORDER).append(',').append(y + BORDER).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size + "\" width=\"" + size * 5
                + "\" height=\"" + size * 5 + "\" shape-rendering=\"crispEdges\" role=\"img\" aria-label=\""
                + label.replaceAll("[^A-Za-z0-9 .,:-]", "") + "\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path d=\""
                + path + "\" fill=\"#000\"/></svg>";
    }
}
