package dev.bookspace.catalog;

import dev.bookspace.shared.CodeOf;
import dev.bookspace.shared.InvalidRequestException;
import dev.bookspace.shared.InvalidRequestException.FieldProblem;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A room's facts as staff edit them on the room's page and integrators send them to the API, with the one
 * definition of what is valid (see {@link RoomFacts}). Fields at fault are named as the API names them
 * ({@code size_m2}, {@code beds[0].count}), which the room's page uses as its inputs' ids.
 */
public class RoomFactsForm implements Serializable {

    /** The property names of this form as the API and the page name them. */
    private static final Map<String, String> FIELD_NAMES = Map.of("sizeM2", "size_m2", "checkInFrom", "check_in_time",
            "checkOutUntil", "checkout_time");

    // Not @NotNull: PrimeFaces would mark the page's fields required. The setters keep the lists non-null.
    @Valid
    private List<BedCount> beds = new ArrayList<>(Arrays.stream(BedKind.values()).map(BedCount::new).toList());

    @Min(value = 1, message = "{bookspace.room.size.min}")
    @Max(value = 10_000, message = "{bookspace.room.size.max}")
    private Integer sizeM2;

    private List<@NotNull(message = "{bookspace.room.amenity.unknown}")
            @CodeOf(value = Amenity.class, message = "{bookspace.room.amenity.unknown}") String> amenities = new ArrayList<>();

    private LocalTime checkInFrom;

    private LocalTime checkOutUntil;

    /** How many beds of one kind; none (0) is left out of the room's facts. */
    public static class BedCount implements Serializable {

        @NotNull(message = "{bookspace.bed.kind.missing}")
        @CodeOf(value = BedKind.class, message = "{bookspace.bed.kind.unknown}")
        private String kind;

        @Min(value = 0, message = "{bookspace.bed.count.min}")
        @Max(value = 20, message = "{bookspace.bed.count.max}")
        private int count;

        public BedCount() {
        }

        BedCount(BedKind kind) {
            this.kind = kind.code();
        }

        public BedCount(String kind, int count) {
            this.kind = kind;
            this.count = count;
        }

        public String getKind() {
            return kind;
        }

        public void setKind(String kind) {
            this.kind = kind;
        }

        public int getCount() {
            return count;
        }

        public void setCount(int count) {
            this.count = count;
        }

        /** What the page labels its spinner: "Double beds". */
        public String getLabel() {
            return BedKind.ofCode(kind).map(BedKind::label).orElse(kind);
        }
    }

    /** The form of facts a room has, one spinner a kind of bed. */
    static RoomFactsForm of(RoomFacts facts) {
        RoomFactsForm form = new RoomFactsForm();
        facts.beds().forEach(bed -> form.beds.get(bed.kind().ordinal()).setCount(bed.count()));
        form.sizeM2 = facts.sizeM2();
        form.amenities = new ArrayList<>(facts.amenities().stream().map(Amenity::code).toList());
        form.checkInFrom = facts.checkInFrom();
        form.checkOutUntil = facts.checkOutUntil();
        return form;
    }

    /** The facts of a valid form; a kind of bed named twice is refused, naming {@code beds}. */
    RoomFacts facts() {
        List<RoomFacts.Bed> listed = beds.stream().filter(bed -> bed.count > 0)
                .map(bed -> new RoomFacts.Bed(BedKind.ofCode(bed.kind).orElseThrow(), bed.count)).toList();
        if (listed.stream().map(RoomFacts.Bed::kind).distinct().count() != listed.size()) {
            throw new InvalidRequestException("beds", "Give each kind of bed once, with how many the room has.")
                    .worded("roomFacts.bedsOnce");
        }
        return new RoomFacts(listed, sizeM2, amenities.stream().map(code -> Amenity.ofCode(code).orElseThrow()).toList(),
                checkInFrom, checkOutUntil);
    }

    /**
     * A Bean Validation property path as the API names the field: {@code facts.sizeM2} is {@code size_m2},
     * {@code amenities[2].<list element>} is {@code amenities[2]}.
     */
    static FieldProblem named(FieldProblem problem) {
        String path = problem.field().replaceFirst("^facts\\.", "").replaceAll("\\.<[^>]+>", "");
        String property = path.replaceFirst("[.\\[].*$", "");
        String name = Optional.ofNullable(FIELD_NAMES.get(property)).map(api -> api + path.substring(property.length()))
                .orElse(path);
        return new FieldProblem(name, problem.message(), problem.wording());
    }

    public List<BedCount> getBeds() {
        return beds;
    }

    public void setBeds(List<BedCount> beds) {
        this.beds = beds == null ? new ArrayList<>() : beds;
    }

    public Integer getSizeM2() {
        return sizeM2;
    }

    public void setSizeM2(Integer sizeM2) {
        this.sizeM2 = sizeM2;
    }

    public List<String> getAmenities() {
        return amenities;
    }

    /** The amenities' codes; none ticked is an empty list. */
    public void setAmenities(List<String> amenities) {
        this.amenities = amenities == null ? new ArrayList<>() : amenities;
    }

    public LocalTime getCheckInFrom() {
        return checkInFrom;
    }

    public void setCheckInFrom(LocalTime checkInFrom) {
        this.checkInFrom = checkInFrom;
    }

    public LocalTime getCheckOutUntil() {
        return checkOutUntil;
    }

    public void setCheckOutUntil(LocalTime checkOutUntil) {
        this.checkOutUntil = checkOutUntil;
    }
}
