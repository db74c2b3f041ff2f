package dev.bookspace.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    @Test
    void storesASaltedPbkdf2HashAtOwaspsIterationCount() {
        String first = PasswordHasher.hash("correct horse battery");
        String second = PasswordHasher.hash("correct horse battery");

        assertThat(first).startsWith("PBKDF2WithHmacSHA256:600000:").doesNotContain("correct horse battery");
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void verifiesAHashStoredWithAnotherIterationCount() {
        String storedAtAThousand = "PBKDF2WithHmacSHA256:1000:s3Oaj/5J5eck/Lqb1xObHA==:G/jyFSbfeJD5EISSPxB2vK56pUvLez4yTmZvyqi1W5Q=";

        assertThat(PasswordHasher.matches("correct horse battery staple", storedAtAThousand)).isTrue();
        assertThat(PasswordHasher.matches("correct horse battery stapler", storedAtAThousand)).isFalse();
    }

    @Test
    void matchesOnlyTheSamePassword() {
        String stored = PasswordHasher.hash("correct horse battery");

        assertThat(PasswordHasher.matches("correct horse battery", stored)).isTrue();
        assertThat(PasswordHasher.matches("correct horse batterY", stored)).isFalse();
    }
}
