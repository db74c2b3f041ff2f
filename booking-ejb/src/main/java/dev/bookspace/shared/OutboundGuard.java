package dev.bookspace.shared;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides whether a URL an organisation gave may be called: by its scheme, then by every address
 * its host resolves to ({@link OutboundAddresses}). HTTPS reaches any public address; plain HTTP only
 * this machine's loopback, and only where loopback is allowed (development), since the requests carry
 * guests' details. The same answer serves registration (a sentence on the form) and the connection
 * itself ({@link GuardedHttpClient} connects only to the addresses this guard returned).
 */
public final class OutboundGuard {

    /** Names to addresses; the system's resolver in the server, a fixed table in tests. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final OutboundAddresses addresses;
    private final Resolver resolver;

    public OutboundGuard(OutboundAddresses addresses, Resolver resolver) {
        this.addresses = addresses;
        this.resolver = resolver;
    }

    /** With the system's resolver, which also reads literal addresses without asking DNS. */
    public static OutboundGuard of(OutboundAddresses addresses) {
        return new OutboundGuard(addresses, InetAddress::getAllByName);
    }

    public boolean loopbackAllowed() {
        return addresses.loopbackAllowed();
    }

    /**
     * Refuses a URL that may not be called, with a sentence: a scheme other than HTTPS (plain HTTP
     * only to loopback where allowed), a host with a disallowed address, or one with no address.
     *
     * @throws OutboundRefusedException why the URL may not be called
     * @throws UnknownHostException when the host has no address at all
     */
    public void check(URI url) throws UnknownHostException {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (scheme.equals("https")) {
            addressesOf(url.getHost());
        } else if (scheme.equals("http")) {
            loopbackAddressesOf(url.getHost());
        } else {
            throw plainHttpRefused();
        }
    }

    /** Every address of the host, each allowed; or the first one refused, with why. */
    public InetAddress[] addressesOf(String host) throws UnknownHostException {
        String name = unbracketed(host);
        InetAddress[] all = resolver.resolve(name);
        if (all == null || all.length == 0) {
            throw new UnknownHostException(name);
        }
        for (InetAddress address : all) {
            Optional<String> refusal = addresses.refusal(address);
            if (refusal.isPresent()) {
                throw refused(name, address, refusal.get());
            }
        }
        return all;
    }

    /** For plain HTTP: every address of the host on this machine's loopback, and loopback allowed. */
    public InetAddress[] loopbackAddressesOf(String host) throws UnknownHostException {
        if (!loopbackAllowed()) {
            throw plainHttpRefused();
        }
        InetAddress[] all;
        try {
            all = resolver.resolve(unbracketed(host));
        } catch (UnknownHostException e) {
            throw plainHttpRefused();
        }
        if (all == null || all.length == 0) {
            throw plainHttpRefused();
        }
        for (InetAddress address : all) {
            if (!OutboundAddresses.isLoopback(address)) {
                throw plainHttpRefused();
            }
        }
        return all;
    }

    private OutboundRefusedException plainHttpRefused() {
        return new OutboundRefusedException(plainHttpRefusal(), loopbackAllowed() ? "outbound.httpsOrLoopback" : "outbound.https");
    }

    /** Why a URL that is not https:// is refused here. */
    String plainHttpRefusal() {
        return plainHttpRefusal(loopbackAllowed());
    }

    static String plainHttpRefusal(boolean loopbackAllowed) {
        return loopbackAllowed
                ? "Use https://. Plain http:// is accepted only for this machine's loopback (localhost), for development."
                : "Use https://: events carry guests' names and addresses, so they are sent only encrypted.";
    }

    /** The refusal of one address, its kind given as a wording of its own so a page names it in its language. */
    private static OutboundRefusedException refused(String host, InetAddress address, String kind) {
        String literal = address.getHostAddress();
        InvalidRequestException.Wording named = new InvalidRequestException.Wording(
                "outbound.kind." + OutboundAddresses.kindKey(kind).orElseThrow(), List.of());
        String publicOnly = "; only addresses on the public internet are called.";
        return host.equalsIgnoreCase(literal) || isLiteral(host)
                ? new OutboundRefusedException("Refused: " + host + " is " + kind + publicOnly, "outbound.address", host, named)
                : new OutboundRefusedException("Refused: " + host + " resolves to " + literal + ", " + kind + publicOnly,
                        "outbound.resolvesTo", host, literal, named);
    }

    /** Written as an address rather than a name (IPv6 always has a colon; IPv4 digits and dots only). */
    private static boolean isLiteral(String host) {
        return host.contains(":") || host.matches("[0-9.]+");
    }

    private static String unbracketed(String host) throws UnknownHostException {
        if (host == null || host.isEmpty()) {
            throw new UnknownHostException("The URL has no host.");
        }
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }
}
