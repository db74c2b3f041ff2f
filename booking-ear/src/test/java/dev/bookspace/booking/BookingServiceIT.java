package dev.bookspace.booking;

import static dev.bookspace.testing.Stays.JAN_1;
import static dev.bookspace.testing.Stays.JAN_2;
import static dev.bookspace.testing.Stays.JAN_3;
import static dev.bookspace.testing.Stays.JAN_5;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.bookspace.catalog.AddOnChoice;
import dev.bookspace.shared.InvalidRequestException;
import dev.bookspace.shared.InvalidRequestException.FieldProblem;
import dev.bookspace.shared.StayPeriod;
import dev.bookspace.tenancy.Scope;
import dev.bookspace.testing.Fixtures;
import dev.bookspace.testing.Fixtures.Item;
import dev.bookspace.testing.Fixtures.Organisation;
import dev.bookspace.testing.FullStack;
import jakarta.enterprise.inject.spi.CDI;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Booking inside the server: double booking is impossible, the price is the server's, holds expire,
 * and bad input is refused with a sentence, leaving nothing behind.
 */
@FullStack
class BookingServiceIT {

    @RegisterExtension
    final Fixtures fixtures = Fixtures.inContainer();

    // Looked up, not injected: Arquillian's enrichers sit in the EAR's lib/ and miss the web module's beans.
    private BookingService bookings;
    private Organisation org;
    private Item room;
    private long breakfast;

    @BeforeEach
    void organisationWithARoomAndBreakfast() {
        bookings = CDI.current().select(BookingService.class).get();
        org = fixtures.organisation("Harbour House");
        room = fixtures.item(org, "Sea Room");
        breakfast = fixtures.addOn(org, room, "Breakfast", 1_200, "per_guest", 2);
    }

    @Test
    void refusesAnOverlappingBookingAndLeavesNoPartialBooking() {
        bookings.book(scope(), request(JAN_1, JAN_3));

        assertThatThrownBy(() -> bookings.book(scope(), request(JAN_2, JAN_5)))
                .isInstanceOf(BookingConflictException.class)
                .hasMessage("Sea Room was just booked for some of those nights.");
        assertThat(fixtures.bookingStatuses(org)).containsExactly("unpaid");
        assertThat(fixtures.blockingRanges(org)).containsExactly(room.id() + " [" + JAN_1 + "," + JAN_3 + ")");
    }

    @Test
    void takesTheNextGuestOnTheCheckoutDay() {
        bookings.book(scope(), request(JAN_1, JAN_3));
        bookings.book(scope(), request(JAN_3, JAN_5));

        assertThat(fixtures.bookingStatuses(org)).containsExactly("unpaid", "unpaid");
    }

    @Test
    void theDatabaseRefusesOverlappingActiveBookingsWrittenAroundTheService() {
        fixtures.paidBooking(org, room, JAN_1, JAN_3);

        assertThatThrownBy(() -> fixtures.paidBooking(org, room, JAN_2, JAN_5))
                .rootCause()
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("23P01"));
        fixtures.cancelledBooking(org, room, JAN_2, JAN_5);
        assertThat(fixtures.bookingStatuses(org)).containsExactly("paid", "cancelled");
    }

    @Test
    void exactlyOneOfManyConcurrentGuestsGetsTheRoom() throws Exception {
        int guests = 32;
        ExecutorService threads = Executors.newFixedThreadPool(guests);
        List<Callable<String>> attempts = new ArrayList<>();
        for (int guest = 0; guest < guests; guest++) {
            attempts.add(() -> {
                try {
                    return bookings.book(scope(), request(JAN_1, JAN_3)).reference();
                } catch (BookingConflictException e) {
                    return "taken";
                }
            });
        }
        List<String> outcomes = new ArrayList<>();
        for (Future<String> outcome : threads.invokeAll(attempts)) {
            outcomes.add(outcome.get());
        }
        threads.shutdown();

        assertThat(outcomes).filteredOn(outcome -> !outcome.equals("taken")).hasSize(1);
        assertThat(outcomes).filteredOn("taken"::equals).hasSize(guests - 1);
        assertThat(fixtures.bookingStatuses(org)).containsExactly("unpaid");
        assertThat(fixtures.blockingRanges(org)).hasSize(1);
    }

    @Test
    void expiresAStaleHoldOnTheBookingPathAndTakesTheRoom() {
        long stale = fixtures.unpaidHold(org, room, JAN_1, JAN_3, Instant.now().minus(1, ChronoUnit.MINUTES));
        Item otherRoom = fixtures.item(org, "Garden Room");
        fixtures.unpaidHold(org, otherRoom, JAN_1, JAN_3, Instant.now().minus(1, ChronoUnit.MINUTES));

        bookings.book(scope(), request(JAN_1, JAN_3));

        // The other room's stale hold is left to the job; this room's is expired, with its history line.
        assertThat(fixtures.bookingStatuses(org)).containsExactly("expired", "unpaid", "unpaid");
        assertThat(fixtures.history(stale)).containsExactly("Bookspace: The hold expired unpaid; the room is free again.");
        assertThat(fixtures.blockingRanges(org)).hasSize(2);
    }

    @Test
    void pricesTheBookingOnTheServerWithItsAddOns() {
        BookingConfirmation booking = bookings.book(scope(), new BookingRequest(room.id(), StayPeriod.of(JAN_1, JAN_3), 2,
                List.of(new AddOnChoice(breakfast, 2)), guest()));

        // 2 nights × €120.00, and breakfast for 2 guests twice over at €12.00
        assertThat(fixtures.bookingColumn(org, booking.reference(), "total_minor")).isEqualTo(String.valueOf(24_000 + 4_800));
        assertThat(booking.paymentMethod()).isEqualTo(PaymentMethod.PAY_ON_ARRIVAL);
        assertThat(booking.checkoutUrl()).isNull();
        assertThat(fixtures.bookingColumn(org, booking.reference(), "hold_expires_at")).isNull();
    }

    @Test
    void holdsACardBookingForThirtyMinutesAndSendsTheGuestToStripe() {
        Organisation cards = fixtures.cardOrganisation("Card House");
        Item suite = fixtures.item(cards, "Suite");

        BookingConfirmation booking = bookings.book(Scope.guestOf(cards.id()),
                new BookingRequest(suite.id(), StayPeriod.of(JAN_1, JAN_3), 1, List.of(), guest()));

        assertThat(booking.paymentMethod()).isEqualTo(PaymentMethod.STRIPE);
        assertThat(booking.checkoutUrl()).contains("/pay/cs_test_");
        // Whole seconds, rounded down: rounding to nearest could put the expiry a moment after "now".
        Instant expiry = Instant.ofEpochSecond(Long.parseLong(fixtures.bookingColumn(cards, booking.reference(),
                "floor(extract(epoch FROM hold_expires_at))::bigint")));
        Instant inHalfAnHour = Instant.now().plus(30, ChronoUnit.MINUTES);
        assertThat(expiry).isBetween(inHalfAnHour.minusSeconds(60), inHalfAnHour);
    }

    @Test
    void oneAddressHoldsAtMostThreeCardRoomsAtOnceFromThePublicPages() {
        Organisation cards = fixtures.cardOrganisation("Card House");
        for (String title : List.of("Suite", "Loft", "Attic")) {
            bookings.book(Scope.guestOf(cards.id()),
                    new BookingRequest(fixtures.item(cards, title).id(), StayPeriod.of(JAN_1, JAN_3), 1, List.of(), guest()));
        }
        GuestDetails sameGuestShouting = new GuestDetails("Ada Guest", "ADA@example.org", "+351 912 345 678", "", true);
        BookingRequest fourth = new BookingRequest(fixtures.item(cards, "Cellar").id(), StayPeriod.of(JAN_1, JAN_3), 1,
                List.of(), sameGuestShouting);

        assertThatThrownBy(() -> bookings.book(Scope.guestOf(cards.id()), fourth))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("This address already holds 3 bookings awaiting payment here; pay for them, or let them lapse, "
                        + "before booking again.");
        assertThat(fixtures.bookingStatuses(cards)).containsExactly("unpaid", "unpaid", "unpaid");
        assertThat(bookings.book(Scope.guestOf(cards.id()), fourth, "Channel manager").status())
                .as("an integration, known by its key, is not limited here").isEqualTo(BookingStatus.UNPAID);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "empty name         | guest.name           | Please enter your name.",
        "long name          | guest.name           | Your name can be at most 120 characters.",
        "empty e-mail       | guest.email          | Please enter your e-mail address.",
        "malformed e-mail   | guest.email          | Please enter an e-mail address such as ada@example.org.",
        "letters for phone  | guest.phone          | Please enter a phone number of digits, such as +351 912 345 678.",
        "long notes         | guest.notes          | Notes can be at most 1000 characters.",
        "terms not accepted | guest.terms_accepted | Please accept the terms to book.",
        "no guests          | guests               | Sea Room takes 1 to 2 guests.",
        "too many guests    | guests               | Sea Room takes 1 to 2 guests.",
        "quantity below 0   | add_ons              | Breakfast can be taken 0 to 2 times.",
        "quantity above max | add_ons              | Breakfast can be taken 0 to 2 times.",
        "foreign add-on     | add_ons              | That add-on is not offered with Sea Room.",
        "checkout first     | checkout             | Checkout must be after check-in.",
        "past check-in      | check_in             | Check-in cannot be in the past; choose today or a later date.",
    })
    void refusesBadInputWithASentenceAndBooksNothing(String input, String field, String message) {
        assertThatThrownBy(() -> bookings.book(scope(), badRequest(input)))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::message).containsExactly(tuple(field, message)));
        assertThat(fixtures.bookingStatuses(org)).isEmpty();
    }

    @Test
    void asksForAPhoneOnlyWhereTheOrganisationRequiresOneAndForAcceptanceOnlyWhereThereAreTerms() {
        GuestDetails noPhone = guest();
        noPhone.setPhone("");
        assertThat(bookings.book(scope(), new BookingRequest(room.id(), StayPeriod.of(JAN_1, JAN_3), 1, List.of(), noPhone))
                .status()).isEqualTo(BookingStatus.UNPAID);

        Organisation strict = fixtures.organisation("Strict House");
        fixtures.requireGuestPhone(strict);
        long strictRoom = fixtures.item(strict, "Sea Room").id();
        assertThatThrownBy(() -> bookings.book(Scope.guestOf(strict.id()),
                new BookingRequest(strictRoom, StayPeriod.of(JAN_1, JAN_3), 1, List.of(), noPhone)))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::message).containsExactly(tuple("guest.phone",
                                "Please enter a phone number, in case we need to reach you.")));
        assertThat(fixtures.bookingStatuses(strict)).isEmpty();

        Organisation termless = fixtures.organisation("Plain House");
        fixtures.terms(termless, "");
        GuestDetails acceptedNothing = guest();
        acceptedNothing.setTermsAccepted(false);
        assertThat(bookings.book(Scope.guestOf(termless.id()), new BookingRequest(fixtures.item(termless, "Sea Room").id(),
                StayPeriod.of(JAN_1, JAN_3), 1, List.of(), acceptedNothing)).status()).isEqualTo(BookingStatus.UNPAID);
    }

    private BookingRequest badRequest(String input) {
        GuestDetails guest = guest();
        int guests = 1;
        List<AddOnChoice> addOns = List.of();
        LocalDate checkIn = JAN_1;
        LocalDate checkout = JAN_3;
        switch (input) {
            case "empty name" -> guest.setName("  ");
            case "long name" -> guest.setName("A".repeat(121));
            case "empty e-mail" -> guest.setEmail("");
            case "malformed e-mail" -> guest.setEmail("ada@example");
            case "letters for phone" -> guest.setPhone("call me maybe");
            case "long notes" -> guest.setNotes("n".repeat(1001));
            case "terms not accepted" -> guest.setTermsAccepted(false);
            case "no guests" -> guests = 0;
            case "too many guests" -> guests = 3;
            case "quantity below 0" -> addOns = List.of(new AddOnChoice(breakfast, -1));
            case "quantity above max" -> addOns = List.of(new AddOnChoice(breakfast, 3));
            case "foreign add-on" -> {
                Organisation other = fixtures.organisation("Elsewhere");
                addOns = List.of(new AddOnChoice(fixtures.addOn(other, null, "Spa", 5_000, "per_booking", 1), 1));
            }
            case "checkout first" -> checkout = JAN_1.minusDays(1);
            case "past check-in" -> checkIn = LocalDate.now().minusDays(2);
            default -> throw new IllegalArgumentException(input);
        }
        return new BookingRequest(room.id(), StayPeriod.of(checkIn, checkout), guests, addOns, guest);
    }

    private Scope scope() {
        return Scope.guestOf(org.id());
    }

    private BookingRequest request(LocalDate checkIn, LocalDate checkout) {
        return new BookingRequest(room.id(), StayPeriod.of(checkIn, checkout), 2, List.of(), guest());
    }

    private static GuestDetails guest() {
        return new GuestDetails("Ada Guest", "ada@example.org", "+351 912 345 678", "", true);
    }
}
