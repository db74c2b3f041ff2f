package dev.bookspace.availability;

import dev.bookspace.catalog.ItemSummary;
import dev.bookspace.shared.Language;
import dev.bookspace.shared.StayPeriod;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An item not offered for a stay, with every reason: what a guest reads on the rooms page and the codes
 * an integration reads ({@code unavailable_reasons}).
 *
 * @param reasons the room's own first (booked, closed, too small), then the stay rules, which hold for every room
 * @param nearestFreeStay for a room booked those nights, the same room for as many nights from the nearest check-in
 *        that is free and that the stay rules take, within {@link AvailabilityService#NEAR_DAYS} days; else null
 */
public record UnavailableItem(ItemSummary item, List<Reason> reasons, StayPeriod nearestFreeStay) implements Serializable {

    public UnavailableItem(ItemSummary item, List<Reason> reasons) {
        this(item, reasons, null);
    }

    /** The same room in the words a reader of this language sees (its title and description). */
    public UnavailableItem in(Language language) {
        return new UnavailableItem(item.in(language), reasons, nearestFreeStay);
    }

    /** The same room with the nearest free stay to offer instead. */
    UnavailableItem offering(StayPeriod stay) {
        return new UnavailableItem(item, reasons, stay);
    }

    /** Booked those nights, and nothing else of its own keeps it from the guest: other dates may suit. */
    boolean onlyBooked() {
        return codes().contains(BOOKED) && !codes().contains(CLOSED) && !codes().contains(CAPACITY);
    }

    public Optional<StayPeriod> nearestFree() {
        return Optional.ofNullable(nearestFreeStay);
    }

    /** Taken by a booking, a live hold, or another channel's booking (its calendar feed) for some of the nights. */
    public static final String BOOKED = "booked";
    /** Staff (or an integration) closed the room for some of the nights: maintenance, the owner's own use. */
    public static final String CLOSED = "closed";
    /** Sleeps fewer than the guests searched for. */
    public static final String CAPACITY = "capacity";

    /**
     * One reason.
     *
     * @param code {@value #BOOKED}, {@value #CLOSED}, {@value #CAPACITY} or a {@link StayRule}'s code
     * @param sentence in a guest's words, in English (the API's)
     * @param parameters a stay rule's figures ({@link StayRuleBreach#parameters()}), from which a page words the reason
     *        in its own language; empty for the others
     */
    public record Reason(String code, String sentence, Map<String, String> parameters) implements Serializable {

        public Reason {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(sentence, "sentence");
            parameters = Map.copyOf(parameters);
        }

        public Reason(String code, String sentence) {
            this(code, sentence, Map.of());
        }

        static Reason booked() {
            return new Reason(BOOKED, "Booked those nights");
        }

        /**
         * In words a guest understands, the same whatever staff typed: the reason they give for closed dates ("Owner's
         * week", "Plumber") is theirs, not a guest's.
         */
        static Reason closed() {
            return new Reason(CLOSED, "Closed for maintenance those nights");
        }

        static Reason capacity(int capacity, int guests) {
            return new Reason(CAPACITY, "Sleeps " + capacity + " (you are " + guests + ")");
        }

        static Reason of(StayRuleBreach breach) {
            return new Reason(breach.code(), breach.sentence(), breach.parameters());
        }
    }

    public UnavailableItem {
        Objects.requireNonNull(item, "item");
        reasons = List.copyOf(reasons);
    }

    public List<String> codes() {
        return reasons.stream().map(Reason::code).toList();
    }
}
