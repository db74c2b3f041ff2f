package dev.bookspace.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OutboundAddressesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "127.0.0.1               | a loopback address",
            "127.255.255.254         | a loopback address",
            "::1                     | a loopback address",
            "::ffff:127.0.0.1        | a loopback address",
            "::127.0.0.1             | a loopback address",
            "10.0.0.5                | a private address",
            "10.255.255.255          | a private address",
            "172.16.0.1              | a private address",
            "172.31.255.255          | a private address",
            "192.168.1.1             | a private address",
            "::ffff:10.0.0.5         | a private address",
            "::ffff:192.168.0.1      | a private address",
            "fd00::1                 | a private address",
            "fc00::1                 | a private address",
            "fec0::1                 | a private address",
            "64:ff9b:1::a00:5        | a private address",
            "169.254.169.254         | a link-local address",
            "fe80::1                 | a link-local address",
            "::ffff:169.254.169.254  | a link-local address",
            "100.64.0.1              | a carrier-grade NAT address",
            "100.127.255.254         | a carrier-grade NAT address",
            "224.0.0.1               | a multicast address",
            "239.255.255.250         | a multicast address",
            "ff02::1                 | a multicast address",
            "0.0.0.0                 | an unspecified address",
            "0.1.2.3                 | an unspecified address",
            "::                      | an unspecified address",
            "240.0.0.1               | a reserved address",
            "255.255.255.255         | a reserved address",
            "192.0.0.8               | a reserved address",
            "198.18.0.1              | a reserved address",
            "100::1                  | a reserved address",
            "2001:0:4136:e378::1     | a reserved address",
            // IPv4 addresses carried in IPv6: NAT64 and 6to4 lead to the address they carry.
            "64:ff9b::7f00:1         | a loopback address",
            "64:ff9b::a9fe:a9fe      | a link-local address",
            "2002:a00:5::1           | a private address",
            "2002:7f00:1::1          | a loopback address",
    })
    void refusesEverySpecialRangeInBothFamilies(String address, String kind) throws UnknownHostException {
        assertThat(OutboundAddresses.publicOnly().refusal(InetAddress.getByName(address))).contains(kind);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "93.184.215.14", "8.8.8.8", "1.1.1.1", "172.15.255.255", "172.32.0.1", "100.63.255.255", "100.128.0.1",
            "169.253.1.1", "192.169.0.1", "223.255.255.255", "11.0.0.1",
            "2606:4700:4700::1111", "2a00:1450:4001:80e::200e", "::ffff:93.184.215.14", "64:ff9b::5db8:d70e",
            "2002:5db8:d70e::1",
    })
    void allowsPublicAddresses(String address) throws UnknownHostException {
        assertThat(OutboundAddresses.publicOnly().refusal(InetAddress.getByName(address))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.0.1.1", "::1", "::ffff:127.0.0.1"})
    void loopbackIsAllowedOnlyWhenDevelopmentAllowsIt(String address) throws UnknownHostException {
        assertThat(OutboundAddresses.publicOnly().refusal(InetAddress.getByName(address))).isPresent();
        assertThat(OutboundAddresses.publicAndLoopback().refusal(InetAddress.getByName(address))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.5", "192.168.1.1", "169.254.169.254", "fd00::1", "100.64.0.1", "0.0.0.0", "224.0.0.1"})
    void allowingLoopbackNeverOpensTheOtherRanges(String address) throws UnknownHostException {
        assertThat(OutboundAddresses.publicAndLoopback().refusal(InetAddress.getByName(address))).isPresent();
    }
}
