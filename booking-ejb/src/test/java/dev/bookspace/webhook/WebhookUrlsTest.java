package dev.bookspace.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bookspace.shared.InvalidRequestException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookUrlsTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "https://example.com/bookspace-events",
            "https://hooks.example.org:8443/in?source=bookspace",
            "http://localhost:4000/hooks",
            "http://127.0.0.1:9000/hooks",
            "http://[::1]:9000/hooks",
    })
    void acceptsHttpsAnywhereAndHttpOnLoopback(String url) {
        assertThat(WebhookUrls.check("  " + url + " ")).isEqualTo(url);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''                                   | Enter the URL your endpoint listens on",
            "http://example.com/hooks             | Plain http:// is accepted only for localhost",
            "http://10.0.0.5/hooks                | Plain http:// is accepted only for localhost",
            "http://localhost.example.com/hooks   | Plain http:// is accepted only for localhost",
            "ftp://example.com/hooks              | Use https://",
            "example.com/hooks                    | Enter a whole URL",
            "https://user:secret@example.com/in   | Leave the user name and password out",
            "https://example.com/in#part          | Leave out the part from #",
            "https://exa mple.com/in              | This is not a URL",
    })
    void refusesWithASentenceOnTheUrlField(String url, String message) {
        assertThatThrownBy(() -> WebhookUrls.check(url))
                .isInstanceOfSatisfying(InvalidRequestException.class, refusal -> {
                    assertThat(refusal.field()).isEqualTo("url");
                    assertThat(refusal.getMessage()).contains(message);
                });
    }

    @ParameterizedTest
    @ValueSource(ints = {2001, 5000})
    void refusesOverlongUrls(int length) {
        String url = "https://example.com/" + "a".repeat(length - "https://example.com/".length());
        assertThatThrownBy(() -> WebhookUrls.check(url)).hasMessageContaining("at most 2,000 characters");
    }
}
