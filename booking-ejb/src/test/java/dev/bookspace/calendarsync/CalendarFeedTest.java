package dev.bookspace.calendarsync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bookspace.catalog.Item;
import dev.bookspace.shared.StayPeriod;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CalendarFeedTest {

    private static final LocalDate JAN_1 = LocalDate.of(2027, 1, 1);
    private static final OffsetDateTime NOON = OffsetDateTime.of(2027, 1, 1, 12, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void anEventOverHeldNightsClosesOnlyTheStretchesStillFree() {
        StayPeriod event = StayPeriod.of(JAN_1, JAN_1.plusDays(6));
        Map<LocalDate, Set<Integer>> taken = Map.of(JAN_1.plusDays(1), Set.of(1), JAN_1.plusDays(2), Set.of(1),
                JAN_1.plusDays(5), Set.of(1));

        assertThat(CalendarFeedSync.unitRuns(event, 1, taken, Set.of())).containsExactly(
                new CalendarFeedSync.UnitRun(StayPeriod.of(JAN_1, JAN_1.plusDays(1)), 1),
                new CalendarFeedSync.UnitRun(StayPeriod.of(JAN_1.plusDays(3), JAN_1.plusDays(5)), 1));
        assertThat(CalendarFeedSync.unitRuns(event, 1, Map.of(), new HashSet<>(event.checkIn().datesUntil(event.checkout()).toList())))
                .as("all closed at an earlier fetch").isEmpty();
    }

    @Test
    void anEventInARoomTypeKeepsToTheRoomFreeLongestAndChangesRoomOnlyWhenNoneIsFreeThroughout() {
        StayPeriod event = StayPeriod.of(JAN_1, JAN_1.plusDays(4));
        // Room 1 is taken the first two nights, room 2 the last two, room 3 every night.
        Map<LocalDate, Set<Integer>> taken = Map.of(JAN_1, Set.of(1, 3), JAN_1.plusDays(1), Set.of(1, 3),
                JAN_1.plusDays(2), Set.of(2, 3), JAN_1.plusDays(3), Set.of(2, 3));

        assertThat(CalendarFeedSync.unitRuns(event, 3, taken, Set.of())).containsExactly(
                new CalendarFeedSync.UnitRun(StayPeriod.of(JAN_1, JAN_1.plusDays(2)), 2),
                new CalendarFeedSync.UnitRun(StayPeriod.of(JAN_1.plusDays(2), JAN_1.plusDays(4)), 1));
        assertThat(CalendarFeedSync.unitRuns(event, 3, Map.of(JAN_1.plusDays(1), Set.of(1)), Set.of()))
                .containsExactly(new CalendarFeedSync.UnitRun(event, 2));
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
