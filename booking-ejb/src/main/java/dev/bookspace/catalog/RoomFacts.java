package dev.bookspace.catalog;

import dev.bookspace.organisation.PropertyDetails;
import java.io.Serializable;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The facts guests look for before choosing a room, worded once here for every page, e-mail and the API.
 *
 * @param beds its beds, one entry a kind, in {@link BedKind}'s order; none for a space without beds
 * @param sizeM2 its floor area in square metres, or null when not given
 * @param amenities what it offers, in {@link Amenity}'s order
 * @param checkInFrom its own earliest arrival, or null for the organisation's
 * @param checkOutUntil its own latest departure, or null for the organisation's
 */
public record RoomFacts(List<Bed> beds, Integer sizeM2, List<Amenity> amenities, LocalTime checkInFrom,
        LocalTime checkOutUntil) implements Serializable {

    /** A room no one has described yet. */
    public static final RoomFacts NONE = new RoomFacts(List.of(), null, List.of(), null, null);

    /** Between the kinds of bed, as between facts on a card. */
    private static final String SEPARATOR = " · ";

    /** Some beds of one kind. */
    public record Bed(BedKind kind, int count) implements Serializable {

        public Bed {
            Objects.requireNonNull(kind, "kind");
            if (count < 1) {
                throw new IllegalArgumentException("A room has at least one bed of a kind it lists");
            }
        }
    }

    public RoomFacts {
        beds = beds.stream().sorted(Comparator.comparing(Bed::kind)).toList();
        if (beds.stream().map(Bed::kind).distinct().count() != beds.size()) {
            throw new IllegalArgumentException("A room lists each kind of bed once");
        }
        amenities = amenities.stream().distinct().sorted().toList();
        if (sizeM2 != null && sizeM2 < 1) {
            throw new IllegalArgumentException("A room's size is positive");
        }
    }

    /** "1 double bed · 2 single beds", as many as the room has of each kind; empty without beds. */
    public String bedSummary() {
        return beds.stream().map(bed -> bed.kind().count(bed.count())).collect(Collectors.joining(SEPARATOR));
    }

    /** "25 m²", or null when the size is not given. */
    public String size() {
        return sizeM2 == null ? null : sizeM2 + " m²";
    }

    /** The amenities' labels, in the list's order. */
    public List<String> amenityLabels() {
        return amenities.stream().map(Amenity::label).toList();
    }

    /** The first {@code shown} amenities' labels, for a room's card. */
    public List<String> keyAmenities(int shown) {
        return amenityLabels().subList(0, Math.min(shown, amenities.size()));
    }

    /** The property's details with this room's own hours where it has them. */
    public PropertyDetails hoursOf(PropertyDetails property) {
        return property.withHours(checkInFrom, checkOutUntil);
    }

    /** The beds as the {@code items.beds} column keeps them: {@code double:1,sofa_bed:1}. */
    String bedsColumn() {
        return beds.stream().map(bed -> bed.kind().code() + ":" + bed.count()).collect(Collectors.joining(","));
    }

    String amenitiesColumn() {
        return amenities.stream().map(Amenity::code).collect(Collectors.joining(","));
    }

    /** The columns read back; a code this version does not know (written by a later one) is left out. */
    public static RoomFacts ofColumns(String beds, Integer sizeM2, String amenities, LocalTime checkInFrom, LocalTime checkOutUntil) {
        List<Bed> bedList = codes(beds).map(entry -> entry.split(":"))
                .flatMap(pair -> BedKind.ofCode(pair[0]).map(kind -> new Bed(kind, Integer.parseInt(pair[1]))).stream())
                .toList();
        List<Amenity> amenityList = codes(amenities).flatMap(code -> Amenity.ofCode(code).stream()).toList();
        return new RoomFacts(bedList, sizeM2, amenityList, checkInFrom, checkOutUntil);
    }

    private static Stream<String> codes(String column) {
        return column == null || column.isEmpty() ? Stream.empty() : Arrays.stream(column.split(","));
    }
}
