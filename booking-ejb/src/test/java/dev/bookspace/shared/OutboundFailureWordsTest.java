package dev.bookspace.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Why a webhook delivery got no answer, as OutboundFailures and the guard wrote it, in the staff member's language. */
class OutboundFailureWordsTest {

    @Test
    void theGuardsRefusalOfAnAddressReadsWithItsKindInTheReadersLanguage() throws Exception {
        String refused = OutboundFailures.why(new RuntimeException(refusal("https://example.internal/in")),
                Duration.ofSeconds(5), Duration.ofSeconds(10));

        assertThat(OutboundFailureWords.of("The URL cannot be called: " + refused, Language.GERMAN))
                .isEqualTo("Die URL kann nicht aufgerufen werden: Abgelehnt: example.internal wird zu 10.0.0.5 aufgelöst, "
                        + "eine private Adresse; aufgerufen werden nur Adressen im öffentlichen Internet.");
        assertThat(OutboundFailureWords.of(refused, Language.ENGLISH)).isEqualTo(refused);
    }

    @Test
    void aPlainHttpRefusalAndTheNetworksReasonsReadInTheReadersLanguage() throws Exception {
        String plainHttp = refusal("http://hooks.example.com/in").getMessage();

        assertThat(OutboundFailureWords.of(plainHttp, Language.PORTUGUESE))
                .isEqualTo("Use https://: os eventos levam nomes e endereços de hóspedes, por isso só são enviados cifrados.");
        assertThat(OutboundFailureWords.of("No answer within 10 seconds.", Language.FRENCH)).isEqualTo("Pas de réponse en 10 secondes.");
        assertThat(OutboundFailureWords.of("Refused: 10.0.0.5 is a strange address; only addresses on the public internet are "
                + "called.", Language.GERMAN)).as("a kind not known here: the whole sentence as stored, never half translated")
                .isEqualTo("Refused: 10.0.0.5 is a strange address; only addresses on the public internet are called.");
    }

    private static OutboundRefusedException refusal(String url) throws Exception {
        try {
            OutboundGuardTest.PRODUCTION.check(URI.create(url));
        } catch (OutboundRefusedException e) {
            return e;
        }
        throw new AssertionError(url + " was not refused");
    }
}
