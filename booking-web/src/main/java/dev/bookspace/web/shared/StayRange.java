package dev.bookspace.web.shared;

import dev.bookspace.shared.InvalidRequestException;
import dev.bookspace.shared.StayPeriod;
import jakarta.faces.context.FacesContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A stay as the public pages' range picker holds it: a list of the check-in, then the checkout once the guest has
 * chosen it. The views keep the two dates apart, so the stay is validated as an address's two dates are.
 */
public final class StayRange {

    private StayRange() {
    }

    /** What the picker shows for these dates; null before a check-in. */
    public static List<LocalDate> of(LocalDate checkIn, LocalDate checkout) {
        return checkIn == null ? null : checkout == null ? List.of(checkIn) : List.of(checkIn, checkout);
    }

    public static LocalDate checkIn(List<LocalDate> range) {
        return range == null || range.isEmpty() ? null : range.get(0);
    }

    /** The checkout, or null while the guest has chosen only the check-in. */
    public static LocalDate checkout(List<LocalDate> range) {
        return range == null || range.size() < 2 ? null : range.get(range.size() - 1);
    }

    /**
     * Why the stay a guest typed or picked (the picker's text) cannot be booked, as an address's dates are refused
     * ("Checkout must be after check-in."), or empty when it can, as far as the dates alone say, or does not read
     * as dates. The picker refuses a checkout before the check-in or a past date itself, with a message of its own:
     * the pages say this instead.
     */
    public static Optional<InvalidRequestException> refusal(String typed, GuestDates dates, LocalDate today) {
        List<LocalDate> range = dates.parseRange(typed);
        if (range == null) {
            return Optional.empty();
        }
        try {
            StayPeriod.of(checkIn(range), checkout(range)).requireBookableOn(today);
            return Optional.empty();
        } catch (InvalidRequestException e) {
            return Optional.of(e);
        }
    }

    /**
     * Why the picker with this client id refused the stay in it ({@link #refusal}, in the page's words), or the
     * general sentence when the dates alone do not say: the room page's picker and the guest's change form alike.
     */
    public static String refusalOf(String pickerId, GuestDates dates, PageWords words, LocalDate today) {
        String typed = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(pickerId + "_input");
        return refusal(typed, dates, today).map(words::refusal).orElseGet(() -> words.get("room.stay.refused"));
    }

    /** A two-night stay from tomorrow as the guest types one: "5 Dec 2026 - 7 Dec 2026". */
    public static String example(GuestDates dates, LocalDate today) {
        return dates.format(today.plusDays(1)) + " - " + dates.format(today.plusDays(3));
    }
}
