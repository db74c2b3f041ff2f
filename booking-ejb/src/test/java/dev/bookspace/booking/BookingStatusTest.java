package dev.bookspace.booking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bookspace.availability.AvailabilityService;
import java.util.EnumSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The SQL that must use the index booking_items_blocking_range_idx names the blocking stays by the
 * statuses that do not block (V5 says why). These tests keep that spelling equal to
 * {@link BookingStatus#BLOCKING}, so a new status cannot silently change what blocks a room.
 */
class BookingStatusTest {

    @Test
    void everyStatusButCancelledAndExpiredBlocks() {
        assertThat(EnumSet.complementOf(EnumSet.copyOf(BookingStatus.BLOCKING)))
                .containsExactlyInAnyOrder(BookingStatus.CANCELLED, BookingStatus.EXPIRED);
    }

    @Test
    void theAvailabilityQueryNamesTheStatusesThatDoNotBlock() {
        String notBlocking = EnumSet.complementOf(EnumSet.copyOf(BookingStatus.BLOCKING)).stream()
                .map(status -> "'" + status.code() + "'")
                .collect(Collectors.joining(", ", "booking_status NOT IN (", ")"));

        assertThat(AvailabilityService.AVAILABLE_ITEMS).contains(notBlocking);
    }
}
