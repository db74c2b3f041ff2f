package dev.bookspace.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bookspace.shared.InvalidRequestException;
import dev.bookspace.shared.OutboundAddresses;
import dev.bookspace.shared.OutboundGuard;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookUrlsTest {

    /** The server's rule with a DNS of our own: the tests' names resolve without a network. */
    private static final OutboundGuard.Resolver NAMES = host -> switch (host) {
        case "example.com", "hooks.example.org" -> new InetAddress[] {InetAddress.getByName("93.184.215.14")};
        case "example.internal" -> new InetAddress[] {InetAddress.getByName("10.0.0.5")};
        case "localhost" -> new InetAddress[] {InetAddress.getByName("127.0.0.1")};
        default -> {
            if (host.matches("[0-9a-fA-F.:]+")) {
                yield new InetAddress[] {InetAddress.getByName(host)};
            }
            throw new UnknownHostException(host);
        }
    };
    private static final OutboundGuard PRODUCTION = new OutboundGuard(OutboundAddresses.publicOnly(), NAMES);
    private static final OutboundGuard DEVELOPMENT = new OutboundGuard(OutboundAddresses.publicAndLoopback(), NAMES);

    @ParameterizedTest
    @ValueSource(strings = {
            "https://example.com/bookspace-events",
            "https://hooks.example.org:8443/in?source=bookspace",
            "https://93.184.215.14/in",
    })
    void acceptsHttpsToThePublicInternet(String url) {
        assertThat(WebhookUrls.check("  " + url + " ", PRODUCTION)).isEqualTo(url);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "http://localhost:4000/hooks",
            "http://127.0.0.1:9000/hooks",
            "http://[::1]:9000/hooks",
    })
    void acceptsHttpOnLoopbackOnlyWhenDevelopmentAllowsIt(String url) {
        assertThat(WebhookUrls.check(url, DEVELOPMENT)).isEqualTo(url);
        assertThatThrownBy(() -> WebhookUrls.check(url, PRODUCTION)).hasMessageStartingWith("Use https://");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "https://10.0.0.5/hooks              | Refused: 10.0.0.5 is a private address",
            "https://192.168.1.20/hooks          | Refused: 192.168.1.20 is a private address",
            "https://172.20.0.2/hooks            | Refused: 172.20.0.2 is a private address",
            "https://169.254.169.254/latest      | Refused: 169.254.169.254 is a link-local address",
            "https://[fd00::1]/hooks             | Refused: fd00::1 is a private address",
            "https://100.64.0.1/hooks            | Refused: 100.64.0.1 is a carrier-grade NAT address",
            "https://example.internal/hooks      | Refused: example.internal resolves to 10.0.0.5, a private address",
            "https://localhost:9990/management   | Refused: localhost resolves to 127.0.0.1, a loopback address",
            "https://nowhere.example.net/hooks   | No address was found for nowhere.example.net; check the host name.",
    })
    void aWebhookToAPrivateAddressIsRefusedAtRegistration(String url, String message) {
        assertThatThrownBy(() -> WebhookUrls.check(url, PRODUCTION))
                .isInstanceOfSatisfying(InvalidRequestException.class, refusal -> {
                    assertThat(refusal.field()).isEqualTo("url");
                    assertThat(refusal.getMessage()).startsWith(message);
                });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''                                   | Enter the URL your endpoint listens on",
            "http://example.com/hooks             | Plain http:// is accepted only for this machine's loopback",
            "http://10.0.0.5/hooks                | Plain http:// is accepted only for this machine's loopback",
            "http://localhost.example.com/hooks   | Plain http:// is accepted only for this machine's loopback",
            "ftp://example.com/hooks              | Use https://",
            "example.com/hooks                    | Enter a whole URL",
            "https://user:secret@example.com/in   | Leave the user name and password out",
            "https://example.com/in#part          | Leave out the part from #",
            "https://exa mple.com/in              | This is not a URL",
    })
    void refusesWithASentenceOnTheUrlField(String url, String message) {
        assertThatThrownBy(() -> WebhookUrls.check(url, DEVELOPMENT))
                .isInstanceOfSatisfying(InvalidRequestException.class, refusal -> {
                    assertThat(refusal.field()).isEqualTo("url");
                    assertThat(refusal.getMessage()).contains(message);
                });
    }

    @ParameterizedTest
    @ValueSource(ints = {2001, 5000})
    void refusesOverlongUrls(int length) {
        String url = "https://example.com/" + "a".repeat(length - "https://example.com/".length());
        assertThatThrownBy(() -> WebhookUrls.check(url, PRODUCTION)).hasMessageContaining("at most 2,000 characters");
    }
}
