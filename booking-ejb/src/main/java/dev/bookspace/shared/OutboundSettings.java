package dev.bookspace.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The server's rule for requests to URLs organisations choose: public addresses only, unless
 * {@code BOOKING_OUTBOUND_ALLOW_LOOPBACK} (or {@code -Dbooking.outbound.allow-loopback}) is true, which
 * the run command and the tests set so a receiver on the developer's own machine can be used. It
 * never opens private ranges.
 */
@ApplicationScoped
public class OutboundSettings {

    @Inject
    @ConfigProperty(name = "booking.outbound.allow-loopback", defaultValue = "false")
    boolean loopbackAllowed;

    public OutboundGuard guard() {
        return OutboundGuard.of(loopbackAllowed ? OutboundAddresses.publicAndLoopback() : OutboundAddresses.publicOnly());
    }
}
