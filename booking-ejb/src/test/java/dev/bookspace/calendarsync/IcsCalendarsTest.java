package dev.bookspace.calendarsync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bookspace.shared.StayPeriod;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class IcsCalendarsTest {

    private static final ZoneId LISBON = ZoneId.of("Europe/Lisbon");

    @Test
    void readsAllDayEventsAsTheChannelsExportThem() throws Exception {
        String feed = """
                BEGIN:VCALENDAR\r
                PRODID:-//Airbnb Inc//Hosting Calendar 1.0//EN\r
                CALSCALE:GREGORIAN\r
                VERSION:2.0\r
                BEGIN:VEVENT\r
                DTEND;VALUE=DATE:20270105\r
                DTSTART;VALUE=DATE:20270102\r
                UID:1418fb94e984-2b5f6e0e2d7bd4f0c6ac1d9cbc6ae8c8@airbnb.com\r
                DESCRIPTION:Reservation URL: https://www.airbnb.com/hosting/reservations/details/HM\r
                 ABCDEF123\\nPhone Number (Last 4 Digits): 1234\r
                SUMMARY:Reserved\r
                END:VEVENT\r
                END:VCALENDAR\r
                """;

        List<FeedEvent> events = IcsCalendars.parse(feed.getBytes(StandardCharsets.UTF_8), LISBON);

        assertThat(events).containsExactly(new FeedEvent("1418fb94e984-2b5f6e0e2d7bd4f0c6ac1d9cbc6ae8c8@airbnb.com",
                StayPeriod.of(LocalDate.of(2027, 1, 2), LocalDate.of(2027, 1, 5)), "Reserved"));
    }

    @Test
    void readsTimedEventsByTheDaysTheyStartAndEnd() throws Exception {
        String feed = """
                BEGIN:VCALENDAR
                VERSION:2.0
                PRODID:-//Other//EN
                BEGIN:VTIMEZONE
                TZID:Europe/Berlin
                BEGIN:STANDARD
                DTSTART:19701025T030000
                TZOFFSETFROM:+0200
                TZOFFSETTO:+0100
                RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
                END:STANDARD
                END:VTIMEZONE
                BEGIN:VEVENT
                UID:berlin-1
                DTSTAMP:20261201T000000Z
                DTSTART;TZID=Europe/Berlin:20270110T150000
                DTEND;TZID=Europe/Berlin:20270112T110000
                SUMMARY:CLOSED - Not available
                END:VEVENT
                BEGIN:VEVENT
                UID:utc-1
                DTSTAMP:20261201T000000Z
                DTSTART:20270120T230000Z
                DTEND:20270121T100000Z
                END:VEVENT
                BEGIN:VEVENT
                UID:gone
                DTSTAMP:20261201T000000Z
                STATUS:CANCELLED
                DTSTART;VALUE=DATE:20270201
                DTEND;VALUE=DATE:20270202
                END:VEVENT
                END:VCALENDAR
                """;

        List<FeedEvent> events = IcsCalendars.parse(feed.getBytes(StandardCharsets.UTF_8), ZoneId.of("Asia/Tokyo"));

        assertThat(events).containsExactly(
                new FeedEvent("berlin-1", StayPeriod.of(LocalDate.of(2027, 1, 10), LocalDate.of(2027, 1, 12)), "CLOSED - Not available"),
                new FeedEvent("utc-1", StayPeriod.of(LocalDate.of(2027, 1, 21), LocalDate.of(2027, 1, 22)), "Busy"));
    }

    @Test
    void refusesWhatIsNotACalendarWithASentence() {
        byte[] page = "<html><body>Sign in to continue</body></html>".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> IcsCalendars.parse(page, LISBON))
                .isInstanceOf(InvalidFeedException.class)
                .hasMessageStartingWith("The feed is not a valid iCalendar file (line 1");
    }

    @Test
    void writesAllDayEventsThatReadBackAsTheSameNights() throws Exception {
        StayPeriod nights = StayPeriod.of(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 4));

        String served = IcsCalendars.export(List.of(new IcsCalendars.Busy("booking-item-7@bookspace", nights)));

        assertThat(served).contains("DTSTART;VALUE=DATE:20270301\r\n", "DTEND;VALUE=DATE:20270304\r\n", "SUMMARY:Not available\r\n");
        assertThat(IcsCalendars.parse(served.getBytes(StandardCharsets.UTF_8), LISBON))
                .containsExactly(new FeedEvent("booking-item-7@bookspace", nights, "Not available"));
    }
}
