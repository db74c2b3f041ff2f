package dev.bookspace.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OutboundGuardTest {

    /** A DNS of our own: names to addresses, as a name server could answer them. */
    static final OutboundGuard.Resolver NAMES = host -> {
        Map<String, String[]> table = Map.of(
                "hooks.example.com", new String[] {"93.184.215.14"},
                "example.internal", new String[] {"10.0.0.5"},
                "half.example.com", new String[] {"93.184.215.14", "192.168.0.7"},
                "metadata.example.com", new String[] {"169.254.169.254"},
                "v6.example.com", new String[] {"2606:4700:4700::1111", "fd12:3456::1"},
                "localhost", new String[] {"127.0.0.1", "::1"});
        String[] addresses = table.get(host);
        if (addresses == null) {
            if (host.matches("[0-9a-fA-F.:]+")) {
                return new InetAddress[] {InetAddress.getByName(host)};
            }
            throw new UnknownHostException(host);
        }
        InetAddress[] resolved = new InetAddress[addresses.length];
        for (int i = 0; i < addresses.length; i++) {
            resolved[i] = InetAddress.getByName(addresses[i]);
        }
        return resolved;
    };

    static final OutboundGuard PRODUCTION = new OutboundGuard(OutboundAddresses.publicOnly(), NAMES);
    static final OutboundGuard DEVELOPMENT = new OutboundGuard(OutboundAddresses.publicAndLoopback(), NAMES);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "https://example.internal/in     | Refused: example.internal resolves to 10.0.0.5, a private address",
            "https://half.example.com/in     | Refused: half.example.com resolves to 192.168.0.7, a private address",
            "https://metadata.example.com/   | resolves to 169.254.169.254, a link-local address",
            "https://v6.example.com/in       | resolves to fd12:3456:0:0:0:0:0:1, a private address",
            "https://10.0.0.5/in             | Refused: 10.0.0.5 is a private address",
            "https://[fd00::1]/in            | Refused: fd00::1 is a private address",
            "https://[::ffff:10.0.0.5]/in    | Refused: ::ffff:10.0.0.5 is a private address",
            "https://100.64.0.1/in           | Refused: 100.64.0.1 is a carrier-grade NAT address",
            "https://localhost:9990/mgmt     | Refused: localhost resolves to 127.0.0.1, a loopback address",
            "https://127.0.0.1:9990/mgmt     | Refused: 127.0.0.1 is a loopback address",
            "https://[::1]/in                | Refused: ::1 is a loopback address",
            "https://0.0.0.0:9990/mgmt       | Refused: 0.0.0.0 is an unspecified address",
    })
    void refusesAHostWithAnyAddressOutsideThePublicInternet(String url, String sentence) {
        assertThatThrownBy(() -> PRODUCTION.check(URI.create(url)))
                .isInstanceOf(OutboundRefusedException.class)
                .hasMessageContaining(sentence)
                .hasMessageEndingWith("only addresses on the public internet are called.");
    }

    @Test
    void callsHttpsOnThePublicInternet() {
        assertThatCode(() -> PRODUCTION.check(URI.create("https://hooks.example.com/in"))).doesNotThrowAnyException();
        assertThatCode(() -> PRODUCTION.check(URI.create("https://93.184.215.14/in"))).doesNotThrowAnyException();
    }

    @Test
    void plainHttpIsRefusedInProductionEvenToLoopback() {
        for (String url : new String[] {"http://hooks.example.com/in", "http://localhost:4000/in", "http://127.0.0.1/in"}) {
            assertThatThrownBy(() -> PRODUCTION.check(URI.create(url)))
                    .isInstanceOf(OutboundRefusedException.class).hasMessageStartingWith("Use https://");
        }
    }

    @Test
    void developmentAllowsLoopbackOverHttpAndHttpsButNothingPrivate() throws UnknownHostException {
        DEVELOPMENT.check(URI.create("http://localhost:4000/in"));
        DEVELOPMENT.check(URI.create("http://[::1]:4000/in"));
        DEVELOPMENT.check(URI.create("https://127.0.0.1:8443/in"));
        assertThatThrownBy(() -> DEVELOPMENT.check(URI.create("http://hooks.example.com/in")))
                .hasMessageStartingWith("Use https://. Plain http:// is accepted only for this machine's loopback");
        assertThatThrownBy(() -> DEVELOPMENT.check(URI.create("http://10.0.0.5/in"))).hasMessageStartingWith("Use https://");
        assertThatThrownBy(() -> DEVELOPMENT.check(URI.create("https://example.internal/in")))
                .hasMessageContaining("a private address");
    }

    @Test
    void anotherSchemeIsRefused() {
        assertThatThrownBy(() -> PRODUCTION.check(URI.create("ftp://hooks.example.com/in"))).hasMessageStartingWith("Use https://");
    }

    @Test
    void aNameWithNoAddressIsUnknownNotRefused() {
        assertThatThrownBy(() -> PRODUCTION.check(URI.create("https://nowhere.example.com/in")))
                .isInstanceOf(UnknownHostException.class).isNotInstanceOf(OutboundRefusedException.class);
    }

    @Test
    void returnsExactlyTheAddressesItChecked() throws UnknownHostException {
        assertThat(PRODUCTION.addressesOf("hooks.example.com")).extracting(InetAddress::getHostAddress)
                .containsExactly("93.184.215.14");
    }
}
