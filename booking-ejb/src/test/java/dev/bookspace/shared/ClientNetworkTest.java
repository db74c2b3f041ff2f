package dev.bookspace.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which network a request is counted against, by the sign-in and booking limits. */
class ClientNetworkTest {

    @ParameterizedTest(name = "{0} counts as {1}")
    @CsvSource({
        "203.0.113.7,                           203.0.113.7",
        "2001:db8:1:2:aaaa:bbbb:cccc:dddd,      2001:0db8:0001:0002::/64",
        "2001:db8:1:2::1,                       2001:0db8:0001:0002::/64",
        "2001:db8:1:3::1,                       2001:0db8:0001:0003::/64",
        "0:0:0:0:0:0:0:1,                       0000:0000:0000:0000::/64",
    })
    void anIpv6AddressCountsAsItsSlash64(String address, String network) {
        assertThat(ClientNetwork.of(address)).isEqualTo(network);
    }
}
