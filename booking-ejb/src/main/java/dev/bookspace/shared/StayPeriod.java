package dev.bookspace.shared;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.io.Serializable;
import java.util.function.Supplier;

/**
 * A stay: the half-open range of nights {@code [checkIn, checkout)}. The checkout day is free for
 * the next guest's check-in. Dates are the organisation's local dates; the zone only decides what
 * "today" is.
 */
public record StayPeriod(LocalDate checkIn, LocalDate checkout) implements Serializable {

    /** Longer stays are leases, not bookings; the public pages and the API refuse them. */
    public static final int MAX_NIGHTS = 30;

    /**
     * Nobody, staff included, books a stay beginning further ahead (nor for the year 9999); an organisation's
     * own booking horizon (StayRules) is at most this.
     */
    public static final int MAX_MONTHS_AHEAD = 36;

    public StayPeriod {
        if (checkIn == null) {
            throw new InvalidRequestException("check_in", "Check-in date is missing; choose a date.").worded("stay.check-in-missing");
        }
        if (checkout == null) {
            throw new InvalidRequestException("checkout", "Checkout date is missing; choose a date.").worded("stay.checkout-missing");
        }
        if (!checkout.isAfter(checkIn)) {
            throw new InvalidRequestException("checkout", "Checkout must be after check-in.").worded("stay.checkout-not-after");
        }
    }

    public static StayPeriod of(LocalDate checkIn, LocalDate checkout) {
        return new StayPeriod(checkIn, checkout);
    }

    /** Parses the ISO dates of a URL or API request, with a message a person can act on. */
    public static StayPeriod parse(String checkIn, String checkout) {
        return new StayPeriod(parseDate("check_in", "Check-in", checkIn), parseDate("checkout", "Checkout", checkout));
    }

    /**
     * The stay a public address names, or, when it names no dates at all (the address an owner shares,
     * {@code /harbour-house/rooms}), the one {@code withoutDates} gives: a guest sees rooms and prices at once.
     */
    public static StayPeriod parseOr(String checkIn, String checkout, Supplier<StayPeriod> withoutDates) {
        boolean noDates = (checkIn == null || checkIn.isBlank()) && (checkout == null || checkout.isBlank());
        return noDates ? withoutDates.get() : parse(checkIn, checkout);
    }

    public long nights() {
        return ChronoUnit.DAYS.between(checkIn, checkout);
    }

    public boolean overlaps(StayPeriod other) {
        return checkIn.isBefore(other.checkout) && other.checkIn.isBefore(checkout);
    }

    /**
     * Refuses a stay nobody can book on {@code today}, whatever the organisation's rules: one in the past,
     * one beginning more than {@value #MAX_MONTHS_AHEAD} months ahead, or one too long.
     */
    public StayPeriod requireBookableOn(LocalDate today) {
        requireNotPast(today);
        if (checkIn.isAfter(today.plusMonths(MAX_MONTHS_AHEAD))) {
            throw new InvalidRequestException("check_in",
                    "No stay begins more than " + MAX_MONTHS_AHEAD + " months ahead; choose an earlier check-in.")
                    .worded("stay.too-far-ahead", MAX_MONTHS_AHEAD);
        }
        if (nights() > MAX_NIGHTS) {
            throw new InvalidRequestException("checkout",
                    "A stay can be at most " + MAX_NIGHTS + " nights; choose an earlier checkout.")
                    .worded("stay.too-long", MAX_NIGHTS);
        }
        return this;
    }

    /**
     * Refuses nights that cannot be closed on {@code today}: past ones, and any beyond the booking
     * horizon, where nobody can book. Unlike a stay, closed dates may be longer than
     * {@value #MAX_NIGHTS} nights (a room shut for the winter).
     */
    public StayPeriod requireClosableOn(LocalDate today, int horizonMonths) {
        requireNotPast(today);
        if (checkout.minusDays(1).isAfter(today.plusMonths(horizonMonths))) {
            throw new InvalidRequestException("checkout",
                    "Dates can be closed up to " + horizonMonths + " months ahead, as far as guests can book; choose an earlier checkout.")
                    .worded("closedDates.tooFarAhead", horizonMonths);
        }
        return this;
    }

    private void requireNotPast(LocalDate today) {
        if (checkIn.isBefore(today)) {
            throw new InvalidRequestException("check_in", "Check-in cannot be in the past; choose today or a later date.")
                    .worded("stay.past");
        }
    }

    private static LocalDate parseDate(String field, String label, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(field,
                    label + " date \"" + text.strip() + "\" is not a date; use the form YYYY-MM-DD.")
                    .worded("stay." + field + "-not-a-date", text.strip());
        }
    }

    @Override
    public String toString() {
        return "[" + checkIn + "," + checkout + ")";
    }
}
