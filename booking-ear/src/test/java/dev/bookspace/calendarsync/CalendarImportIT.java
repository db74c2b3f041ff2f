package dev.bookspace.calendarsync;

import static dev.bookspace.testing.Pages.roomsPath;
import static dev.bookspace.testing.Stays.JAN_1;
import static dev.bookspace.testing.Stays.JAN_2;
import static dev.bookspace.testing.Stays.JAN_3;
import static dev.bookspace.testing.Stays.JAN_4;
import static dev.bookspace.testing.Stays.JAN_5;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bookspace.testing.ChannelFeeds;
import dev.bookspace.testing.Fixtures;
import dev.bookspace.testing.Fixtures.Item;
import dev.bookspace.testing.Fixtures.Organisation;
import dev.bookspace.testing.FullStack;
import dev.bookspace.testing.Pages;
import dev.bookspace.testing.Pages.Page;
import dev.bookspace.testing.TestMail;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Other channels' calendars imported into a room, as the job fetches them from a local stand-in for
 * the channels: their stays close the room's nights, changes move them, removals free them, a broken
 * or vanished feed keeps what it had and says why, and a stay over a Bookspace booking is flagged and
 * mailed rather than dropped.
 */
@FullStack
@RunAsClient
class CalendarImportIT {

    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final String AIRBNB = "/calendar/ical/41872.ics";

    @RegisterExtension
    final Fixtures fixtures = Fixtures.overJdbc();

    private final ChannelFeeds channels = new ChannelFeeds();
    private Organisation org;
    private Item room;

    @BeforeEach
    void organisationWithARoom() {
        org = fixtures.organisation("Harbour House");
        room = fixtures.item(org, "Sea Room");
        fixtures.item(org, "Suite");
    }

    @AfterEach
    void stopChannels() {
        channels.close();
    }

    @Test
    void aChannelsStaysCloseTheRoomForThoseNights() {
        channels.serve(AIRBNB, airbnb(event("uid-1@airbnb.com", JAN_2, JAN_4, "Reserved")));

        long feed = fixtures.calendarFeed(org, room, "Airbnb", channels.url(AIRBNB));

        await(() -> fixtures.closedDatesWithSource(org), List.of(room.id() + " [" + JAN_2 + "," + JAN_4 + ") feed Airbnb: Reserved"));
        assertThat(Pages.get(roomsPath(org, JAN_2, JAN_3)).roomCards()).containsExactly("Suite");
        assertThat(Pages.get(roomsPath(org, JAN_4, JAN_5)).roomCards()).containsExactly("Sea Room", "Suite");
        assertThat(fixtures.feedColumn(feed, "last_success_at")).isNotNull();
        assertThat(fixtures.feedColumn(feed, "last_error")).isNull();
        assertThat(fixtures.auditLog(org)).singleElement().asString()
                .startsWith("closed_dates.created by system ical-import on ").contains("\"feed\": \"Airbnb\"");
    }

    @Test
    void timedStaysInAChannelsZoneTakeTheNightsOfTheirDays() {
        channels.serve(AIRBNB, """
                BEGIN:VCALENDAR\r
                VERSION:2.0\r
                PRODID:-//Booking.com//Availability//EN\r
                BEGIN:VTIMEZONE\r
                TZID:Europe/Berlin\r
                BEGIN:STANDARD\r
                DTSTART:19701025T030000\r
                TZOFFSETFROM:+0200\r
                TZOFFSETTO:+0100\r
                RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r
                END:STANDARD\r
                END:VTIMEZONE\r
                BEGIN:VEVENT\r
                UID:bdc-77\r
                DTSTAMP:20261201T000000Z\r
                DTSTART;TZID=Europe/Berlin:%sT150000\r
                DTEND;TZID=Europe/Berlin:%sT110000\r
                SUMMARY:CLOSED - Not available\r
                END:VEVENT\r
                END:VCALENDAR\r
                """.formatted(day(JAN_3), day(JAN_5)));

        fixtures.calendarFeed(org, room, "Booking.com", channels.url(AIRBNB));

        await(() -> fixtures.closedDatesWithSource(org),
                List.of(room.id() + " [" + JAN_3 + "," + JAN_5 + ") feed Booking.com: CLOSED - Not available"));
    }

    @Test
    void aChangedStayMovesItsNightsAndARemovedOneFreesThem() {
        channels.serve(AIRBNB, airbnb(event("uid-1@airbnb.com", JAN_1, JAN_2, "Reserved") + event("uid-2@airbnb.com", JAN_3, JAN_4, "Reserved")));
        long feed = fixtures.calendarFeed(org, room, "Airbnb", channels.url(AIRBNB));
        await(() -> fixtures.closedDatesWithSource(org).size(), 2);

        channels.serve(AIRBNB, airbnb(event("uid-1@airbnb.com", JAN_2, JAN_5, "Reserved")));
        fixtures.feedDue(feed);

        await(() -> fixtures.closedDatesWithSource(org), List.of(room.id() + " [" + JAN_2 + "," + JAN_5 + ") feed Airbnb: Reserved"));
        assertThat(Pages.get(roomsPath(org, JAN_1, JAN_2)).roomCards()).containsExactly("Sea Room", "Suite");
    }

    @Test
    void anUnchangedFeedIsAskedWithItsETagAndKeepsItsNights() {
        String etag = channels.serve(AIRBNB, airbnb(event("uid-1@airbnb.com", JAN_2, JAN_4, "Reserved")));
        long feed = fixtures.calendarFeed(org, room, "Airbnb", channels.url(AIRBNB));
        await(() -> fixtures.closedDatesWithSource(org).size(), 1);
        String firstAttempt = fixtures.feedColumn(feed, "last_attempt_at");

        fixtures.feedDue(feed);

        await(() -> fixtures.feedColumn(feed, "last_attempt_at").equals(firstAttempt), false);
        assertThat(channels.requests(AIRBNB)).hasSize(2);
        assertThat(channels.requests(AIRBNB).get(1).getHeader("If-None-Match")).isEqualTo(etag);
        assertThat(fixtures.feedColumn(feed, "last_success_at")).isEqualTo(fixtures.feedColumn(feed, "last_attempt_at"));
        assertThat(fixtures.closedDatesWithSource(org)).hasSize(1);
    }

    @Test
    void aMalformedFeedChangesNothingAndSaysWhy() {
        channels.serve(AIRBNB, airbnb(event("uid-1@airbnb.com", JAN_2, JAN_4, "Reserved")));
        long feed = fixtures.calendarFeed(org, room, "Airbnb", channels.url(AIRBNB));
        await(() -> fixtures.closedDatesWithSource(org).size(), 1);

        channels.serve(AIRBNB, "<html><body>We are down for maintenance</body></html>");
        fixtures.feedDue(feed);

        await(() -> fixtures.feedColumn(feed, "last_error") != null, true);
        assertThat(fixtures.feedColumn(feed, "last_error")).startsWith("The feed is not a valid iCalendar file (line 1");
        assertThat(fixtures.closedDatesWithSource(org)).containsExactly(room.id() + " [" + JAN_2 + "," + JAN_4 + ") feed Airbnb: Reserved");
    }

    @Test
    void theOwnerOfAGermanHouseHearsOfAFailingFeedInGerman() {
        fixtures.defaultLanguage(org, "de");
        String owner = fixtures.user(org, "owner", true);
        long feed = fixtures.calendarFeed(org, room, "Airbnb", channels.url(AIRBNB));
        await(() -> fixtures.feedColumn(feed, "last_error") != null, true);

        fixtures.feedFailingSince(feed, Duration.ofHours(25));
        fixtures.feedDue(feed);

        await(() -> TestMail.to(owner).size(), 1);
        assertThat(TestMail.to(owner).get(0).subject()).isEqualTo("Der Airbnb-Kalender von Sea Room schlägt seit einem Tag fehl");
        assertThat(TestMail.to(owner).get(0).body()).contains("Bookspace kann den Airbnb-Kalender von Sea Room seit ",
                "Die Kalender des Zimmers: http");
    }

    @Test
    void aFeedThatDisappearsKeepsItsNightsAndTheOwnerHearsAfterADay() {
        String owner = fixtures.user(org, "owner", true);
        channels.serve(AIRBNB, airbnb(event("uid-1@airbnb.com", JAN_2, JAN_4, "Reserved")));
        long feed = fixtures.calendarFeed(org, room, "Airbnb", channels.url(AIRBNB));
        await(() -> fixtures.closedDatesWithSource(org).size(), 1);

        channels.remove(AIRBNB);
        fixtures.feedDue(feed);

        await(() -> fixtures.feedColumn(feed, "last_error") != null, true);
        assertThat(fixtures.feedColumn(feed, "last_error")).contains("no longer at this address");
        assertThat(fixtures.closedDatesWithSource(org)).hasSize(1);
        assertThat(TestMail.to(owner)).as("not after one failure").isEmpty();

        fixtures.feedFailingSince(feed, Duration.ofHours(25));
        fixtures.feedDue(feed);
        await(() -> TestMail.to(owner).size(), 1);
        assertThat(TestMail.to(owner).get(0).subject()).isEqualTo("Sea Room's Airbnb calendar has failed for a day");

        String mailedAttempt = fixtures.feedColumn(feed, "last_attempt_at");
        fixtures.feedDue(feed);
        await(() -> fixtures.feedColumn(feed, "last_attempt_at").equals(mailedAttempt), false);
        assertThat(TestMail.to(owner)).as("once, not at every fetch").hasSize(1);
    }

    @Test
    void aStayOverABookingIsFlaggedAndMailedNotDropped() {
        String owner = fixtures.user(org, "owner", true);
        String reference = fixtures.reference(fixtures.paidBooking(org, room, JAN_2, JAN_3));
        channels.serve(AIRBNB, airbnb(event("uid-9@airbnb.com", JAN_1, JAN_4, "Reserved")));

        fixtures.calendarFeed(org, room, "Airbnb", channels.url(AIRBNB));

        await(() -> fixtures.overbookedEvents(org), List.of("uid-9@airbnb.com: booking " + reference + " (" + JAN_2 + " to " + JAN_3 + ")"));
        assertThat(fixtures.closedDatesWithSource(org)).as("the nights still free are closed").containsExactly(
                room.id() + " [" + JAN_1 + "," + JAN_2 + ") feed Airbnb: Reserved",
                room.id() + " [" + JAN_3 + "," + JAN_4 + ") feed Airbnb: Reserved");
        await(() -> TestMail.to(owner).size(), 1);
        assertThat(TestMail.to(owner).get(0).subject()).isEqualTo("Over-booked across channels: Sea Room, " + JAN_1 + " to " + JAN_4);
        assertThat(TestMail.to(owner).get(0).body()).contains(reference);
    }

    @Test
    void aChannelsStayTakesOneFreeRoomOfARoomTypeAndOneThatFindsNoneIsFlagged() {
        String owner = fixtures.user(org, "owner", true);
        fixtures.units(room, 3);
        String reference = fixtures.reference(fixtures.paidBooking(org, room, JAN_1, JAN_3));
        channels.serve(AIRBNB, airbnb(event("uid-1@airbnb.com", JAN_1, JAN_3, "Reserved")));

        long feed = fixtures.calendarFeed(org, room, "Airbnb", channels.url(AIRBNB));

        await(() -> fixtures.occupiedUnits(org).size(), 2);
        assertThat(fixtures.occupiedUnits(org)).containsExactly(room.id() + " 1 [" + JAN_1 + "," + JAN_3 + ")",
                room.id() + " 2 [" + JAN_1 + "," + JAN_3 + ")");
        assertThat(fixtures.overbookedEvents(org)).as("a room of the type was free").isEmpty();
        Page rooms = Pages.get(roomsPath(org, JAN_1, JAN_3));
        assertThat(rooms.roomCards()).containsExactly("Sea Room", "Suite");
        assertThat(rooms.text("units-left")).isEqualTo("Only 1 room left");

        channels.serve(AIRBNB, airbnb(event("uid-1@airbnb.com", JAN_1, JAN_3, "Reserved")
                + event("uid-2@airbnb.com", JAN_1, JAN_3, "Reserved") + event("uid-3@airbnb.com", JAN_2, JAN_4, "Reserved")));
        fixtures.feedDue(feed);

        await(() -> fixtures.overbookedEvents(org), List.of("uid-3@airbnb.com: booking " + reference + " (" + JAN_1 + " to "
                + JAN_3 + "); closed dates: Airbnb: Reserved (" + JAN_1 + " to " + JAN_3 + "); closed dates: Airbnb: Reserved ("
                + JAN_1 + " to " + JAN_3 + ")"));
        assertThat(fixtures.closedDatesWithSource(org)).as("its night that a room still has free is closed").containsExactly(
                room.id() + " [" + JAN_1 + "," + JAN_3 + ") feed Airbnb: Reserved",
                room.id() + " [" + JAN_1 + "," + JAN_3 + ") feed Airbnb: Reserved",
                room.id() + " [" + JAN_3 + "," + JAN_4 + ") feed Airbnb: Reserved");
        assertThat(Pages.get(roomsPath(org, JAN_1, JAN_3)).roomCards()).containsExactly("Suite");
        await(() -> TestMail.to(owner).size(), 1);
        assertThat(TestMail.to(owner).get(0).subject()).isEqualTo("Over-booked across channels: Sea Room, " + JAN_2 + " to " + JAN_4);
    }

    private static String airbnb(String events) {
        // Airbnb's shape: CRLF lines, no DTSTAMP on some exports, a DESCRIPTION folded over two lines.
        return "BEGIN:VCALENDAR\r\nPRODID:-//Airbnb Inc//Hosting Calendar 1.0//EN\r\nCALSCALE:GREGORIAN\r\nVERSION:2.0\r\n"
                + events + "END:VCALENDAR\r\n";
    }

    private static String event(String uid, LocalDate first, LocalDate free, String summary) {
        return "BEGIN:VEVENT\r\nDTEND;VALUE=DATE:" + day(free) + "\r\nDTSTART;VALUE=DATE:" + day(first) + "\r\nUID:" + uid + "\r\n"
                + "DESCRIPTION:Reservation URL: https://www.airbnb.com/hosting/reservations/details/HMABCDEF\r\n"
                + " 123\\nPhone Number (Last 4 Digits): 1234\r\nSUMMARY:" + summary + "\r\nEND:VEVENT\r\n";
    }

    private static String day(LocalDate date) {
        return date.format(DateTimeFormatter.BASIC_ISO_DATE);
    }

    /** Waits for the job, which looks for due feeds every second in the tests. */
    private static <T> void await(Supplier<T> actual, T expected) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        T seen = actual.get();
        while (!Objects.equals(seen, expected) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            seen = actual.get();
        }
        assertThat(seen).isEqualTo(expected);
    }
}
