package dev.bookspace.api.items;

import dev.bookspace.api.shared.JsonBody;
import dev.bookspace.catalog.Amenity;
import dev.bookspace.catalog.RoomFacts;
import dev.bookspace.catalog.RoomFactsForm;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A room's facts in the API, as items carry them and {@code PUT …/items/{item_id}/facts} takes them.
 *
 * @param beds one entry a kind of bed, with how many; empty for a space without beds
 * @param sizeM2 the floor area in m²; absent when not given
 * @param amenities amenity codes ({@code Amenity} in the OpenAPI document)
 * @param checkInTime the room's own earliest arrival, {@code HH:mm}; absent where the organisation's hours hold
 * @param checkoutTime the room's own latest departure, {@code HH:mm}; absent likewise
 */
public record RoomFactsJson(List<BedJson> beds, Integer sizeM2, List<String> amenities, String checkInTime, String checkoutTime) {

    static final Set<String> FIELDS = Set.of("beds", "size_m2", "amenities", "check_in_time", "checkout_time");
    private static final Set<String> BED_FIELDS = Set.of("kind", "count");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /**
     * @param kind {@code single}, {@code double}, {@code queen}, {@code king}, {@code bunk}, {@code sofa_bed} or {@code cot}
     * @param count how many, 1 to 20
     */
    public record BedJson(String kind, int count) {
    }

    static RoomFactsJson of(RoomFacts facts) {
        return new RoomFactsJson(facts.beds().stream().map(bed -> new BedJson(bed.kind().code(), bed.count())).toList(),
                facts.sizeM2(), facts.amenities().stream().map(Amenity::code).toList(), time(facts.checkInFrom()),
                time(facts.checkOutUntil()));
    }

    private static String time(LocalTime time) {
        return time == null ? null : TIME.format(time);
    }

    /**
     * The form a request's body makes, its shape checked here (types, unknown fields: 400), its values left to the
     * form's rules, which the service checks as it does the room's page's.
     */
    static RoomFactsForm form(JsonBody body) {
        RoomFactsForm form = new RoomFactsForm();
        List<RoomFactsForm.BedCount> beds = new ArrayList<>();
        for (JsonBody bed : body.objects("beds", BED_FIELDS)) {
            Long count = bed.number("count", null);
            beds.add(new RoomFactsForm.BedCount(bed.string("kind", true), count == null ? 0 : clamp(count)));
        }
        form.setBeds(beds);
        Long size = body.optionalNumber("size_m2");
        form.setSizeM2(size == null ? null : clamp(size));
        form.setAmenities(new ArrayList<>(body.strings("amenities")));
        form.setCheckInFrom(body.time("check_in_time"));
        form.setCheckOutUntil(body.time("checkout_time"));
        body.requireValid();
        return form;
    }

    /** A whole number out of int's range stays out of every rule's range. */
    private static int clamp(long value) {
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, value));
    }
}
