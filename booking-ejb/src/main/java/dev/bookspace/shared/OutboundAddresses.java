package dev.bookspace.shared;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * Which addresses Bookspace may connect to when an organisation chose the URL (webhook endpoints,
 * later calendar feeds): public ones only. Loopback, private (RFC 1918, unique-local IPv6),
 * link-local (which holds cloud metadata services at 169.254.169.254), carrier-grade NAT, multicast,
 * unspecified and reserved addresses are refused, so a URL cannot make the server reach its own
 * network. IPv6 forms that carry an IPv4 address (mapped, compatible, NAT64, 6to4) are judged by
 * that address; Teredo, whose address is hidden, is refused.
 *
 * <p>Loopback alone can be allowed, for a developer's receiver on their own machine; private ranges
 * never are.
 */
public final class OutboundAddresses {

    private static final String LOOPBACK = "a loopback address";
    private static final String PRIVATE = "a private address";
    private static final String LINK_LOCAL = "a link-local address";
    private static final String SHARED = "a carrier-grade NAT address";
    private static final String MULTICAST = "a multicast address";
    private static final String UNSPECIFIED = "an unspecified address";
    private static final String RESERVED = "a reserved address";

    /** Each kind's key ({@code refusal.outbound.kind.<key>} of the pages' words, {@code kind.<key>} of stored failures'). */
    private static final Map<String, String> KEYS = Map.of(LOOPBACK, "loopback", PRIVATE, "private", LINK_LOCAL, "link-local",
            SHARED, "shared", MULTICAST, "multicast", UNSPECIFIED, "unspecified", RESERVED, "reserved");

    private final boolean loopbackAllowed;

    private OutboundAddresses(boolean loopbackAllowed) {
        this.loopbackAllowed = loopbackAllowed;
    }

    /** Public addresses only: production. */
    public static OutboundAddresses publicOnly() {
        return new OutboundAddresses(false);
    }

    /** Public addresses and this machine's loopback: development and tests. */
    public static OutboundAddresses publicAndLoopback() {
        return new OutboundAddresses(true);
    }

    public boolean loopbackAllowed() {
        return loopbackAllowed;
    }

    /** What kind of address this is when it may not be reached, such as "a private address"; empty when it may. */
    public Optional<String> refusal(InetAddress address) {
        String kind = kindOf(address);
        if (kind == null || kind.equals(LOOPBACK) && loopbackAllowed) {
            return Optional.empty();
        }
        return Optional.of(kind);
    }

    /**
     * The key of a kind of address as {@link #refusal} names it ("a private address" is {@code private}), by which the
     * pages and the stored failures' words name it in their language; empty for words that are no kind.
     */
    static Optional<String> kindKey(String kind) {
        return Optional.ofNullable(KEYS.get(kind));
    }

    /** Loopback in any of its forms: 127.0.0.0/8, ::1, and IPv6 forms carrying a 127 address. */
    public static boolean isLoopback(InetAddress address) {
        return LOOPBACK.equals(kindOf(address));
    }

    /** The kind of a special address, or null for a public one. */
    private static String kindOf(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            return kindOfIpv4(bytes);
        }
        if (address instanceof Inet6Address) {
            return kindOfIpv6(bytes);
        }
        return RESERVED;
    }

    private static String kindOfIpv4(byte[] address) {
        int a = address[0] & 0xff;
        int b = address[1] & 0xff;
        int c = address[2] & 0xff;
        if (a == 0) {
            return UNSPECIFIED; // 0.0.0.0/8: "this network"; Linux connects 0.0.0.0 to itself
        }
        if (a == 127) {
            return LOOPBACK;
        }
        if (a == 10 || a == 172 && (b & 0xf0) == 16 || a == 192 && b == 168) {
            return PRIVATE;
        }
        if (a == 169 && b == 254) {
            return LINK_LOCAL;
        }
        if (a == 100 && (b & 0xc0) == 64) {
            return SHARED; // 100.64.0.0/10, RFC 6598
        }
        if (a >= 224 && a <= 239) {
            return MULTICAST;
        }
        if (a >= 240 || a == 192 && b == 0 && c == 0 || a == 198 && (b & 0xfe) == 18) {
            return RESERVED; // 240/4 and broadcast, IETF protocol assignments 192.0.0/24, benchmarking 198.18/15
        }
        return null;
    }

    private static String kindOfIpv6(byte[] address) {
        int first = (address[0] & 0xff) << 8 | address[1] & 0xff;
        int second = (address[2] & 0xff) << 8 | address[3] & 0xff;
        if (isZero(address, 0, 15)) {
            return address[15] == 0 ? UNSPECIFIED : address[15] == 1 ? LOOPBACK : kindOfIpv4(Arrays.copyOfRange(address, 12, 16));
        }
        if (isZero(address, 0, 10) && (address[10] & 0xff) == 0xff && (address[11] & 0xff) == 0xff) {
            return kindOfIpv4(Arrays.copyOfRange(address, 12, 16)); // ::ffff:a.b.c.d, IPv4-mapped
        }
        if (isZero(address, 0, 12)) {
            return kindOfIpv4(Arrays.copyOfRange(address, 12, 16)); // ::a.b.c.d, IPv4-compatible
        }
        if (first == 0x0064 && second == 0xff9b) {
            // 64:ff9b::/96 is NAT64 to the IPv4 address at its end; 64:ff9b:1::/48 is for local networks.
            return isZero(address, 4, 12) ? kindOfIpv4(Arrays.copyOfRange(address, 12, 16)) : PRIVATE;
        }
        if (first == 0x2002) {
            return kindOfIpv4(Arrays.copyOfRange(address, 2, 6)); // 6to4 relays to the IPv4 address in bits 16-47
        }
        if (first == 0x2001 && second == 0) {
            return RESERVED; // Teredo: the IPv4 address behind it is obfuscated and may be anything
        }
        if ((first & 0xfe00) == 0xfc00) {
            return PRIVATE; // fc00::/7, unique local
        }
        if ((first & 0xffc0) == 0xfe80) {
            return LINK_LOCAL;
        }
        if ((first & 0xffc0) == 0xfec0) {
            return PRIVATE; // fec0::/10, the deprecated site-local range, still routed inside some networks
        }
        if ((first & 0xff00) == 0xff00) {
            return MULTICAST;
        }
        if (first == 0x0100 && isZero(address, 2, 8)) {
            return RESERVED; // 100::/64, discard-only
        }
        return null;
    }

    private static boolean isZero(byte[] address, int from, int to) {
        for (int i = from; i < to; i++) {
            if (address[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
