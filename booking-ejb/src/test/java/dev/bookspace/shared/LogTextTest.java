package dev.bookspace.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Outside text as a log line may carry it. */
class LogTextTest {

    @Test
    void aLineBreakCannotForgeTheNextLogEntry() {
        assertThat(LogText.of("refused\n2026-12-03 10:00:00,000 INFO  [admin] password changed\r\u2028done"))
                .isEqualTo("refused 2026-12-03 10:00:00,000 INFO  [admin] password changed  done")
                .doesNotContain("\n", "\r", "\u2028");
    }

    @Test
    void anEmailAddressIsNotKept() {
        assertThat(LogText.of("550 5.1.1 <ada.lovelace+stay@example.org>: Recipient address rejected"))
                .isEqualTo("550 5.1.1 <<address>>: Recipient address rejected");
    }

    @Test
    void nothingReadsAsADash() {
        assertThat(LogText.of(null)).isEqualTo("-");
    }
}
