package dev.bookspace.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

/** Secrets sealed at rest with AES-GCM, under keys that can be rotated. */
class SecretBoxTest {

    private static final String OLD = "2026-06:" + Base64.getEncoder().encodeToString(new byte[32]);
    private static final String NEW = "2026-12:" + Base64.getEncoder().encodeToString("a 32-byte key for the tests only".getBytes());

    @Test
    void aSealedSecretOpensAndDoesNotShowIt() {
        SecretBox box = new SecretBox(SecretBox.parse(NEW));

        String sealed = box.seal("sk_live_51Habc4242");

        assertThat(sealed).startsWith("enc:v1:2026-12:").doesNotContain("sk_live", "4242");
        assertThat(box.open(sealed)).isEqualTo("sk_live_51Habc4242");
        assertThat(box.seal("sk_live_51Habc4242")).as("a fresh nonce each time").isNotEqualTo(sealed);
    }

    @Test
    void aTamperedSecretIsRefusedNotMisread() {
        SecretBox box = new SecretBox(SecretBox.parse(NEW));
        String sealed = box.seal("whsec_signing");
        String prefix = sealed.substring(0, sealed.lastIndexOf(':') + 1);
        byte[] bytes = Base64.getDecoder().decode(sealed.substring(prefix.length()));
        bytes[bytes.length / 2] ^= 1;
        String tampered = prefix + Base64.getEncoder().withoutPadding().encodeToString(bytes);

        assertThatThrownBy(() -> box.open(tampered)).isInstanceOf(IllegalStateException.class).hasMessageContaining("damaged");
    }

    @Test
    void aSecretSealedUnderAnOlderKeyOpensWhileThatKeyIsListedAndIsResealedUnderTheNewOne() {
        String sealedLongAgo = new SecretBox(SecretBox.parse(OLD)).seal("sk_live_old");
        SecretBox rotated = new SecretBox(SecretBox.parse(NEW + "," + OLD));

        assertThat(rotated.isCurrent(sealedLongAgo)).isFalse();
        assertThat(rotated.open(sealedLongAgo)).isEqualTo("sk_live_old");
        assertThat(rotated.isCurrent(rotated.seal(rotated.open(sealedLongAgo)))).isTrue();
        assertThatThrownBy(() -> new SecretBox(SecretBox.parse(NEW)).open(sealedLongAgo))
                .hasMessageContaining("key 2026-06, which BOOKING_SECRETS_KEYS no longer lists");
    }

    @Test
    void aValueStoredBeforeSealingBeganReadsAsItIs() {
        SecretBox box = new SecretBox(SecretBox.parse(NEW));

        assertThat(box.open("sk_test_plain")).isEqualTo("sk_test_plain");
        assertThat(box.isCurrent("sk_test_plain")).isFalse();
        assertThat(box.open(null)).isNull();
    }

    @Test
    void refusesAKeyOfTheWrongLength() {
        assertThatThrownBy(() -> SecretBox.parse("short:" + Base64.getEncoder().encodeToString(new byte[16])))
                .hasMessageContaining("must be 32 bytes");
    }
}
