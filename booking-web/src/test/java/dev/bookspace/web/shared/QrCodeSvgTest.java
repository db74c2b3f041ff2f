package dev.bookspace.web.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.nayuki.qrcodegen.QrCode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class QrCodeSvgTest {

    private static final String ADDRESS = "otpauth://totp/Bookspace:ada%40example.org?secret=JBSWY3DPEHPK3PXP&issuer=Bookspace";

    @Test
    void drawsEveryDarkModuleOfTheCodeInsideAQuietZoneAndNothingElse() {
        QrCode qr = QrCode.encodeText(ADDRESS, QrCode.Ecc.MEDIUM);
        String svg = QrCodeSvg.of(ADDRESS, "QR code for your authenticator app");

        int dark = 0;
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                if (qr.getModule(x, y)) {
                    dark++;
                    assertThat(svg).contains("M" + (x + 4) + "," + (y + 4) + "h1v1h-1z");
                }
            }
        }
        Matcher squares = Pattern.compile("h1v1h-1z").matcher(svg);
        assertThat(squares.results().count()).isEqualTo(dark);
        assertThat(svg).contains("viewBox=\"0 0 " + (qr.size + 8) + " " + (qr.size + 8) + "\"");
    }

    @Test
    void theMarkupNeverCarriesTheEncodedTextNorMarkupFromTheLabel() {
        String svg = QrCodeSvg.of(ADDRESS, "A label\"><script>alert(1)</script>");

        assertThat(svg).doesNotContain("JBSWY3DPEHPK3PXP", "otpauth", "<script", "(1)");
    }
}
