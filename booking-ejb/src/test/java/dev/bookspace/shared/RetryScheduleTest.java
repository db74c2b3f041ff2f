package dev.bookspace.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    private static final OffsetDateTime CREATED = OffsetDateTime.of(2026, 11, 30, 12, 0, 0, 0, ZoneOffset.UTC);
    private final RetrySchedule schedule = RetrySchedule.startingAfter(Duration.ofSeconds(30));

    @Test
    void doublesTheDelayAfterEachFailureUpToAnHour() {
        OffsetDateTime now = CREATED;
        Duration[] expected = {Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4),
                Duration.ofMinutes(8), Duration.ofMinutes(16), Duration.ofMinutes(32), Duration.ofHours(1), Duration.ofHours(1)};
        for (int failed = 1; failed <= expected.length; failed++) {
            OffsetDateTime next = schedule.nextAttempt(failed, CREATED, now).orElseThrow();
            assertThat(Duration.between(now, next)).as("after %d failed attempts", failed).isEqualTo(expected[failed - 1]);
            now = next;
        }
    }

    @Test
    void givesUpWhenTheNextAttemptWouldFallADayAfterTheEvent() {
        assertThat(schedule.nextAttempt(30, CREATED, CREATED.plusHours(23))).contains(CREATED.plusHours(24));
        assertThat(schedule.nextAttempt(31, CREATED, CREATED.plusHours(23).plusSeconds(1))).isEmpty();
    }

    @Test
    void aVeryLongRunOfFailuresStaysAnHourApart() {
        assertThat(schedule.nextAttempt(1_000, CREATED, CREATED)).contains(CREATED.plusHours(1));
    }
}
