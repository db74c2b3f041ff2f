package dev.bookspace.shared;

import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;

/**
 * A URL Bookspace will not call, and why, as a sentence for the person who gave it. It is an
 * {@link UnknownHostException} because the HTTP client's name resolver, which refuses at connect
 * time, may throw only that: to the client the host has no address it may use. Where it has a key
 * ({@code refusal.<key>} of the pages' words), a page says it in its reader's language.
 */
public class OutboundRefusedException extends UnknownHostException {

    private final String key;
    private final List<Object> arguments;

    public OutboundRefusedException(String sentence) {
        this(sentence, null);
    }

    /** @param arguments the figures the key's text names, such as the host and the kind of address */
    public OutboundRefusedException(String sentence, String key, Object... arguments) {
        super(sentence);
        this.key = key;
        this.arguments = List.of(arguments);
    }

    /** The refusal's key in the pages' words, when it has one. */
    public Optional<String> key() {
        return Optional.ofNullable(key);
    }

    /** The figures the key's text names, in its order. */
    public List<Object> arguments() {
        return arguments;
    }
}
