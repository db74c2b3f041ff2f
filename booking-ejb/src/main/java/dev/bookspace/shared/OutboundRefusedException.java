package dev.bookspace.shared;

import java.net.UnknownHostException;

/**
 * A URL Bookspace will not call, and why, as a sentence for the person who gave it. It is an
 * {@link UnknownHostException} because the HTTP client's name resolver, which refuses at connect
 * time, may throw only that: to the client the host has no address it may use.
 */
public class OutboundRefusedException extends UnknownHostException {

    public OutboundRefusedException(String sentence) {
        super(sentence);
    }
}
