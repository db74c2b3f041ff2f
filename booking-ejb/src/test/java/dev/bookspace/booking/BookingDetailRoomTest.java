package dev.bookspace.booking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bookspace.shared.Money;
import dev.bookspace.shared.StayPeriod;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A booking's room as the dashboard names its units. */
class BookingDetailRoomTest {

    @Test
    void namesTheRoomsUnitsAndAStaysUnitPastACountLoweredSince() {
        BookingDetail.Room pastStayInUnit3 = new BookingDetail.Room(7, "Standard Double",
                StayPeriod.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 3)), 2, Money.of(24_000, "EUR"),
                3, "Garden side", 2, List.of("101", "102"));

        assertThat(pastStayInUnit3.nameOf(2)).isEqualTo("102");
        assertThat(pastStayInUnit3.nameOf(3)).isEqualTo("Garden side");
    }
}
