package dev.bookspace.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bookspace.organisation.PropertyDetails;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A room's facts as guests read them, and as the items table keeps them. */
class RoomFactsTest {

    @Test
    void wordsTheBedsInTheListsOrderWithTheirPlurals() {
        RoomFacts facts = facts(List.of(new RoomFacts.Bed(BedKind.SOFA_BED, 1), new RoomFacts.Bed(BedKind.SINGLE, 2),
                new RoomFacts.Bed(BedKind.DOUBLE, 1)), List.of());

        assertThat(facts.bedSummary()).isEqualTo("2 single beds · 1 double bed · 1 sofa bed");
        assertThat(facts(List.of(new RoomFacts.Bed(BedKind.COT, 2), new RoomFacts.Bed(BedKind.BUNK, 1)), List.of()).bedSummary())
                .isEqualTo("1 bunk bed · 2 cots");
        assertThat(RoomFacts.NONE.bedSummary()).as("a meeting room has no beds").isEmpty();
    }

    @Test
    void saysTheSizeInSquareMetresAndTheFirstAmenitiesForACard() {
        RoomFacts facts = new RoomFacts(List.of(), 28, List.of(Amenity.HAIRDRYER, Amenity.SEA_VIEW, Amenity.WIFI, Amenity.TV),
                null, null);

        assertThat(facts.size()).isEqualTo("28 m²");
        assertThat(RoomFacts.NONE.size()).isNull();
        assertThat(facts.amenityLabels()).containsExactly("Wi-Fi", "Sea view", "TV", "Hairdryer");
        assertThat(facts.keyAmenities(2)).containsExactly("Wi-Fi", "Sea view");
        assertThat(facts.keyAmenities(9)).hasSize(4);
    }

    @Test
    void aRoomsOwnHoursOverrideTheOrganisationsOnlyWhereSet() {
        PropertyDetails property = new PropertyDetails(null, null, null, LocalTime.of(15, 0), LocalTime.of(11, 0), null, null);

        assertThat(RoomFacts.NONE.hoursOf(property).hours()).isEqualTo("Check-in from 15:00, checkout until 11:00.");
        assertThat(new RoomFacts(List.of(), null, List.of(), LocalTime.of(16, 30), null).hoursOf(property).hours())
                .isEqualTo("Check-in from 16:30, checkout until 11:00.");
        assertThat(new RoomFacts(List.of(), null, List.of(), null, LocalTime.of(10, 0)).hoursOf(property).hours())
                .isEqualTo("Check-in from 15:00, checkout until 10:00.");
    }

    @Test
    void keepsItsListsAsCodesAndReadsThemBack() {
        RoomFacts facts = new RoomFacts(List.of(new RoomFacts.Bed(BedKind.DOUBLE, 1), new RoomFacts.Bed(BedKind.SOFA_BED, 1)), 25,
                List.of(Amenity.BALCONY, Amenity.WIFI), LocalTime.of(16, 0), LocalTime.of(10, 30));

        assertThat(facts.bedsColumn()).isEqualTo("double:1,sofa_bed:1");
        assertThat(facts.amenitiesColumn()).isEqualTo("wifi,balcony");
        assertThat(RoomFacts.ofColumns(facts.bedsColumn(), 25, facts.amenitiesColumn(), LocalTime.of(16, 0), LocalTime.of(10, 30)))
                .isEqualTo(facts);
        assertThat(RoomFacts.ofColumns("", null, "", null, null)).isEqualTo(RoomFacts.NONE);
        assertThat(RoomFacts.ofColumns("double:1,hammock:2", null, "wifi,jacuzzi", null, null))
                .as("a code a later version wrote is left out, not a failure")
                .isEqualTo(facts(List.of(new RoomFacts.Bed(BedKind.DOUBLE, 1)), List.of(Amenity.WIFI)));
    }

    private static RoomFacts facts(List<RoomFacts.Bed> beds, List<Amenity> amenities) {
        return new RoomFacts(beds, null, amenities, null, null);
    }
}
