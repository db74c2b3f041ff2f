package dev.bookspace.availability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SearchReadsTest {

    @Test
    void bindsANumberedParameterAtEachPlaceItIsUsed() {
        SearchReads.Jdbc jdbc = SearchReads.Jdbc.of("SELECT 1 FROM items i WHERE i.organisation_id = ?1 AND i.capacity >= ?2"
                + " AND NOT EXISTS (SELECT 1 FROM booking_items bi WHERE bi.organisation_id = ?1) LIMIT ?10", 7L, 2,
                null, null, null, null, null, null, null, 11);

        assertThat(jdbc.sql()).isEqualTo("SELECT 1 FROM items i WHERE i.organisation_id = ? AND i.capacity >= ?"
                + " AND NOT EXISTS (SELECT 1 FROM booking_items bi WHERE bi.organisation_id = ?) LIMIT ?");
        assertThat(jdbc.bound()).containsExactly(7L, 2, 7L, 11);
    }

    @Test
    void bindsANullCursorAsNull() {
        SearchReads.Jdbc jdbc = SearchReads.Jdbc.of("SELECT ?2, ?1", "first", null);

        assertThat(jdbc.bound()).isEqualTo(Arrays.asList(null, "first"));
    }

    @Test
    void everyGuestSearchOfTheServiceTranslates() {
        for (String query : new String[] {AvailabilityService.AVAILABLE_ITEMS_PAGE, AvailabilityService.UNAVAILABLE_ITEMS}) {
            SearchReads.Jdbc jdbc = SearchReads.Jdbc.of(query, 1L, 2, 3, 4, 5, 6, 7, 8);

            assertThat(jdbc.sql()).doesNotContainPattern("\\?\\d");
            assertThat(jdbc.bound()).hasSize((int) jdbc.sql().chars().filter(c -> c == '?').count());
        }
    }
}
