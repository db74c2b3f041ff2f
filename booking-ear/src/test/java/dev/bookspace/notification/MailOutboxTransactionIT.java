package dev.bookspace.notification;

import static dev.bookspace.testing.Stays.JAN_1;
import static dev.bookspace.testing.Stays.JAN_3;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bookspace.booking.BookingRequest;
import dev.bookspace.booking.BookingService;
import dev.bookspace.booking.GuestDetails;
import dev.bookspace.shared.StayPeriod;
import dev.bookspace.tenancy.Scope;
import dev.bookspace.testing.Fixtures;
import dev.bookspace.testing.Fixtures.Item;
import dev.bookspace.testing.Fixtures.Organisation;
import dev.bookspace.testing.FullStack;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.transaction.UserTransaction;
import java.util.List;
import java.util.UUID;
import javax.naming.InitialContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Inside the server: a booking's mail is a row written in the booking's own transaction, so a booking
 * that rolls back leaves nothing to send.
 */
@FullStack
class MailOutboxTransactionIT {

    @RegisterExtension
    final Fixtures fixtures = Fixtures.inContainer();

    // Looked up, not injected: Arquillian's enrichers sit in the EAR's lib/ and miss the web module's beans.
    private BookingService bookings;
    private Organisation org;
    private Item room;

    @BeforeEach
    void organisationWithARoom() {
        bookings = CDI.current().select(BookingService.class).get();
        org = fixtures.organisation("Harbour House");
        room = fixtures.item(org, "Sea Room");
    }

    @Test
    void aRolledBackBookingLeavesNoMailToSend() throws Exception {
        String guest = "guest-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        UserTransaction transaction = InitialContext.doLookup("java:comp/UserTransaction");

        transaction.begin();
        try {
            bookings.book(Scope.guestOf(org.id()), new BookingRequest(room.id(), StayPeriod.of(JAN_1, JAN_3), 2, List.of(),
                    new GuestDetails("Ada Guest", guest, "+351 912 345 678", "", true)));
            // The same connection as the booking's: its mails are queued, not yet committed.
            assertThat(fixtures.outboxMails(guest)).containsExactly("pending 0 -");
            assertThat(fixtures.outboxMails(Fixtures.notificationAddress(org))).containsExactly("pending 0 -");
        } finally {
            transaction.rollback();
        }

        assertThat(fixtures.bookingStatuses(org)).isEmpty();
        assertThat(fixtures.outboxMails(guest)).isEmpty();
        assertThat(fixtures.outboxMails(Fixtures.notificationAddress(org))).isEmpty();
    }
}
