package dev.bookspace.organisation;

import dev.bookspace.shared.InvalidRequestException;
import dev.bookspace.shared.InvalidRequestException.FieldProblem;
import java.io.Serializable;
import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The sites an owner lets embed the booking widget, each as the origin a browser names it by:
 * {@code https://harbour-house.example} or {@code http://localhost:8000}, a scheme, a host and a port
 * when it is not the scheme's default. Written so, the list is both what a Content-Security-Policy's
 * {@code frame-ancestors} takes and what a browser's {@code Origin} header compares equal to.
 * <p>
 * No paths (a frame's ancestors are checked by origin only, so a path would promise what the browser
 * does not check) and no wildcards: {@code *.example.com} would let every site under that name frame the
 * widget, including ones the owner does not run, so each site is listed by its own address.
 *
 * @param origins the allowed origins, in the owner's order, without repeats
 */
public record WidgetOrigins(List<String> origins) implements Serializable {

    public static final int MOST = 20;
    public static final WidgetOrigins NONE = new WidgetOrigins(List.of());

    /** An origin as stored: what {@link #canonical} makes, and the database's check takes (V30). */
    private static final Pattern ORIGIN = Pattern.compile("https?://[a-z0-9.-]+(:[0-9]{1,5})?");

    public WidgetOrigins {
        origins = List.copyOf(origins);
    }

    /** The list as the organisation stores it, space-separated. */
    static WidgetOrigins stored(String sourceList) {
        return sourceList == null || sourceList.isBlank() ? NONE : new WidgetOrigins(List.of(sourceList.split(" ")));
    }

    /**
     * The sites an owner typed, one a line (spaces and commas also part them); each refused in a sentence
     * that says how to write it, each a problem of the {@code origins} field worded for the owner's page.
     */
    public static WidgetOrigins parse(String typed) {
        Set<String> origins = new LinkedHashSet<>();
        List<FieldProblem> refusals = new ArrayList<>();
        for (String entry : (typed == null ? "" : typed).split("[\\s,]+")) {
            if (entry.isEmpty()) {
                continue;
            }
            try {
                origins.add(canonical(entry));
            } catch (InvalidRequestException e) {
                refusals.addAll(e.problems());
            }
        }
        if (refusals.isEmpty() && origins.size() > MOST) {
            refusals.add(problem("List at most " + MOST + " sites.").worded("widget.origins.tooMany", MOST));
        }
        if (!refusals.isEmpty()) {
            throw new InvalidRequestException(refusals);
        }
        return new WidgetOrigins(new ArrayList<>(origins));
    }

    /** One site as a browser names its origin, or an InvalidRequestException whose problem says how to write it. */
    static String canonical(String entry) {
        if (entry.contains("*")) {
            throw new InvalidRequestException(List.of(problem(entry + ": list each site by its own address; a wildcard would let "
                    + "sites you do not run show the widget.").worded("widget.origins.wildcard", entry)));
        }
        URI uri;
        try {
            uri = new URI(entry);
        } catch (URISyntaxException e) {
            throw notASite(entry);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http") || uri.getRawAuthority() == null || uri.getHost() == null
                || uri.getRawUserInfo() != null) {
            throw notASite(entry);
        }
        String host;
        try {
            host = IDN.toASCII(uri.getHost(), IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            throw notASite(entry);
        }
        int port = uri.getPort();
        boolean defaultPort = port == -1 || scheme.equals("https") && port == 443 || scheme.equals("http") && port == 80;
        String origin = scheme + "://" + host + (defaultPort ? "" : ":" + port);
        if (!ORIGIN.matcher(origin).matches() || port > 65535) {
            throw notASite(entry);
        }
        if (!(uri.getRawPath() == null || uri.getRawPath().isEmpty() || uri.getRawPath().equals("/"))
                || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new InvalidRequestException(List.of(problem(entry + ": give the site without a path, as " + origin
                    + "; the browser tells the widget only which site it is on.").worded("widget.origins.path", entry, origin)));
        }
        return origin;
    }

    private static InvalidRequestException notASite(String entry) {
        return new InvalidRequestException(List.of(problem(entry + " is not a site's address: write it as "
                + "https://your-site.example, with a port only when it has one (https://your-site.example:8443).")
                .worded("widget.origins.notASite", entry)));
    }

    private static FieldProblem problem(String message) {
        return new FieldProblem("origins", message);
    }

    /** The origins space-separated, as stored and as a policy's source list takes them. */
    String sourceList() {
        return String.join(" ", origins);
    }

    /** The {@code frame-ancestors} sources: these sites, or {@code 'none'} when there are none. */
    public String frameAncestors() {
        return origins.isEmpty() ? "'none'" : sourceList();
    }

    /** The list as the owner edits it, one site a line. */
    public String lines() {
        return String.join("\n", origins);
    }

    public boolean isEmpty() {
        return origins.isEmpty();
    }
}
