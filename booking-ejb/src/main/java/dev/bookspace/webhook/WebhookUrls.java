package dev.bookspace.webhook;

import dev.bookspace.shared.InvalidRequestException;
import dev.bookspace.shared.OutboundGuard;
import dev.bookspace.shared.OutboundRefusedException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;

/**
 * Which URLs may receive an organisation's events: HTTPS to public addresses, because payloads carry
 * guests' names and addresses and the server must not be pointed at its own network; plain HTTP only
 * to this machine's loopback where development settings allow it ({@link OutboundGuard}). The
 * delivery checks the addresses again when it connects: a name may resolve elsewhere later.
 */
final class WebhookUrls {

    static final int MAX_LENGTH = 2000;

    private WebhookUrls() {
    }

    /** The URL as it will be called, or an {@link InvalidRequestException} on {@code url} saying what to change. */
    static String check(String raw, OutboundGuard guard) {
        String url = raw == null ? "" : raw.strip();
        if (url.isEmpty()) {
            throw refused("Enter the URL your endpoint listens on, such as https://example.com/bookspace-events.").worded("webhooks.url.missing");
        }
        if (url.length() > MAX_LENGTH) {
            throw refused("A URL has at most 2,000 characters.").worded("webhooks.url.tooLong");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw refused("This is not a URL; enter one such as https://example.com/bookspace-events.").worded("webhooks.url.notAUrl");
        }
        if (!uri.isAbsolute() || uri.getHost() == null || uri.getScheme() == null) {
            throw refused("Enter a whole URL, starting with https:// and a host name.").worded("webhooks.url.whole");
        }
        if (uri.getRawUserInfo() != null) {
            throw refused("Leave the user name and password out of the URL: your endpoint checks the signature instead.")
                    .worded("webhooks.url.userInfo");
        }
        if (uri.getRawFragment() != null) {
            throw refused("Leave out the part from # on: it is never sent to a server.").worded("webhooks.url.fragment");
        }
        try {
            guard.check(uri);
        } catch (OutboundRefusedException e) {
            InvalidRequestException refusal = refused(e.getMessage());
            throw e.key().map(key -> refusal.worded(key, e.arguments().toArray())).orElse(refusal);
        } catch (UnknownHostException e) {
            throw refused("No address was found for " + uri.getHost() + "; check the host name.")
                    .worded("webhooks.url.noAddress", uri.getHost());
        }
        return url;
    }

    private static InvalidRequestException refused(String message) {
        return new InvalidRequestException("url", message);
    }
}
