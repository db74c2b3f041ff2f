package dev.bookspace.webhook;

import dev.bookspace.shared.InvalidRequestException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Which URLs may receive an organisation's events: HTTPS anywhere, because payloads carry guests'
 * names and addresses; plain HTTP only to this machine's loopback, for a receiver under development.
 */
final class WebhookUrls {

    static final int MAX_LENGTH = 2000;

    private WebhookUrls() {
    }

    /** The URL as it will be called, or an {@link InvalidRequestException} on {@code url} saying what to change. */
    static String check(String raw) {
        String url = raw == null ? "" : raw.strip();
        if (url.isEmpty()) {
            throw refused("Enter the URL your endpoint listens on, such as https://example.com/bookspace-events.");
        }
        if (url.length() > MAX_LENGTH) {
            throw refused("A URL has at most 2,000 characters.");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw refused("This is not a URL; enter one such as https://example.com/bookspace-events.");
        }
        if (!uri.isAbsolute() || uri.getHost() == null || uri.getScheme() == null) {
            throw refused("Enter a whole URL, starting with https:// and a host name.");
        }
        if (uri.getRawUserInfo() != null) {
            throw refused("Leave the user name and password out of the URL: your endpoint checks the signature instead.");
        }
        if (uri.getRawFragment() != null) {
            throw refused("Leave out the part from # on: it is never sent to a server.");
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (scheme.equals("https") || scheme.equals("http") && isLoopback(uri.getHost())) {
            return url;
        }
        throw refused("Use https://. Plain http:// is accepted only for localhost, for development.");
    }

    /** By name or literal address only: resolving a name here would let DNS decide what is local. */
    static boolean isLoopback(String host) {
        String name = host.toLowerCase(Locale.ROOT);
        return name.equals("localhost") || name.equals("[::1]") || name.matches("127(\\.\\d{1,3}){3}");
    }

    private static InvalidRequestException refused(String message) {
        return new InvalidRequestException("url", message);
    }
}
