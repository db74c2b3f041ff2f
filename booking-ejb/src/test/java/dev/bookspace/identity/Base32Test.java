package dev.bookspace.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Base 32 as RFC 4648 section 10 gives it, without padding, as authenticator apps take secrets. */
class Base32Test {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"f, MY", "fo, MZXQ", "foo, MZXW6", "foob, MZXW6YQ", "fooba, MZXW6YTB", "foobar, MZXW6YTBOI"})
    void encodesAndDecodesRfc4648sTestVectors(String text, String encoded) {
        assertThat(Base32.encode(text.getBytes(StandardCharsets.US_ASCII))).isEqualTo(encoded);
        assertThat(new String(Base32.decode(encoded), StandardCharsets.US_ASCII)).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource({"mzxw 6ytb oi, foobar", "MZXW6YTBOI======, foobar", "mzxw-6ytb-oi, foobar"})
    void typedSecretsForgiveCaseSpacesAndPadding(String typed, String text) {
        assertThat(new String(Base32.decode(typed), StandardCharsets.US_ASCII)).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource({"MZXW1", "MZ!W"})
    void refusesLettersOutsideTheAlphabet(String typed) {
        assertThatThrownBy(() -> Base32.decode(typed)).isInstanceOf(IllegalArgumentException.class);
    }
}
