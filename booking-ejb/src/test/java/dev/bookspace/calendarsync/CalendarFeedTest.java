package dev.bookspace.calendarsync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bookspace.catalog.Item;
import dev.bookspace.shared.StayPeriod;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class CalendarFeedTest {

    private static final LocalDate JAN_1 = LocalDate.of(2027, 1, 1);
    private static final OffsetDateTime NOON = OffsetDateTime.of(2027, 1, 1, 12, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void anEventOverHeldNightsClosesOnlyTheStretchesStillFree() {
        StayPeriod event = StayPeriod.of(JAN_1, JAN_1.plusDays(6));
        TreeSet<LocalDate> taken = new TreeSet<>(List.of(JAN_1.plusDays(1), JAN_1.plusDays(2), JAN_1.plusDays(5)));

        assertThat(CalendarFeedSync.freeRuns(event, taken)).containsExactly(
                StayPeriod.of(JAN_1, JAN_1.plusDays(1)), StayPeriod.of(JAN_1.plusDays(3), JAN_1.plusDays(5)));
        assertThat(CalendarFeedSync.freeRuns(event, new TreeSet<>(event.checkIn().datesUntil(event.checkout()).toList()))).isEmpty();
    }

    @Test
    void theOwnerHearsOfAFeedFailingForADayOnceUntilItWorksAgain() {
        CalendarFeed feed = new CalendarFeed(new Item("Sea Room", "A room.", 12_000, 2), "Airbnb", "https://example.com/a.ics", NOON);
        feed.succeeded("\"v1\"", null, NOON);

        assertThat(feed.failed("Connection refused.", NOON.plusHours(1))).isFalse();
        assertThat(feed.failed("Connection refused.", NOON.plusHours(24))).isFalse();
        assertThat(feed.failed("Connection refused.", NOON.plusHours(25))).isTrue();
        assertThat(feed.failed("Connection refused.", NOON.plusHours(26))).isFalse();

        feed.succeeded(null, null, NOON.plusHours(27));
        assertThat(feed.getLastError()).isNull();
        assertThat(feed.failed("Connection refused.", NOON.plusHours(28))).isFalse();
        assertThat(feed.failed("Connection refused.", NOON.plusHours(52))).isTrue();
    }
}
