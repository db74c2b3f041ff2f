package dev.bookspace.availability;

import dev.bookspace.shared.InvalidRequestException.FieldProblem;
import dev.bookspace.shared.StayPeriod;
import dev.bookspace.shared.Weekdays;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The one place that says whether an organisation takes a stay (README, Stay rules): its minimum and
 * maximum nights, closed arrival and departure weekdays, how far ahead and how soon a stay may begin. A
 * season's rules hold for stays arriving in it: its nights replace the organisation's, its closed weekdays
 * add to them. Rules depend only on the stay, the organisation and its seasons, never on the room, so a
 * search checks them once, before its one availability query.
 *
 * @param seasons the organisation's seasons with rules of their own; seasons never overlap
 */
public record StayRules(Defaults defaults, List<Season> seasons) implements Serializable {

    /**
     * The organisation's rules.
     *
     * @param horizonMonths the furthest check-in, in months from today
     * @param leadDays how many days ahead a stay must begin; 0 takes arrivals today
     * @param sameDayCutoffHour with {@code leadDays} 0, the hour (organisation's time) from which today is no longer
     *        bookable; null takes same-day bookings all day
     */
    public record Defaults(int minNights, int maxNights, Set<DayOfWeek> closedArrivals, Set<DayOfWeek> closedDepartures,
            int horizonMonths, int leadDays, Integer sameDayCutoffHour) implements Serializable {

        /** A new organisation's: any stay a guest can book, up to 18 months ahead, today included. */
        public static final Defaults OPEN = new Defaults(1, StayPeriod.MAX_NIGHTS, Set.of(), Set.of(), 18, 0, null);

        public Defaults {
            closedArrivals = Set.copyOf(closedArrivals);
            closedDepartures = Set.copyOf(closedDepartures);
        }
    }

    /**
     * A season's own rules.
     *
     * @param minNights null: the organisation's
     * @param maxNights null: the organisation's
     */
    public record Season(String name, LocalDate firstNight, LocalDate lastNight, Integer minNights, Integer maxNights,
            Set<DayOfWeek> closedArrivals, Set<DayOfWeek> closedDepartures) implements Serializable {

        public Season {
            Objects.requireNonNull(firstNight, "firstNight");
            Objects.requireNonNull(lastNight, "lastNight");
            closedArrivals = Set.copyOf(closedArrivals);
            closedDepartures = Set.copyOf(closedDepartures);
        }

        boolean covers(LocalDate night) {
            return !night.isBefore(firstNight) && !night.isAfter(lastNight);
        }
    }

    public StayRules {
        Objects.requireNonNull(defaults, "defaults");
        seasons = List.copyOf(seasons);
    }

    /**
     * Every rule the stay breaks, in the order a guest would fix them (when, then how long), empty when
     * the organisation takes it.
     *
     * @param now the organisation's current date and time, which decide what "today" and "same day" are
     */
    public List<StayRuleBreach> breaches(StayPeriod stay, LocalDateTime now) {
        List<StayRuleBreach> breaches = new ArrayList<>();
        LocalDate today = now.toLocalDate();
        LocalDate lastCheckIn = today.plusMonths(defaults.horizonMonths());
        if (stay.checkIn().isAfter(lastCheckIn)) {
            breaches.add(new StayRuleBreach(StayRule.BOOKING_HORIZON,
                    Map.of("months", String.valueOf(defaults.horizonMonths()), "last_check_in", lastCheckIn.toString()),
                    "Bookable up to " + defaults.horizonMonths() + (defaults.horizonMonths() == 1 ? " month" : " months") + " ahead"));
        }
        leadTimeBreach(stay, now).ifPresent(breaches::add);
        Season season = seasons.stream().filter(candidate -> candidate.covers(stay.checkIn())).findFirst().orElse(null);
        Set<DayOfWeek> seasonArrivals = season == null ? Set.of() : season.closedArrivals();
        weekdayBreach(StayRule.CLOSED_TO_ARRIVAL, "No arrivals on ", stay.checkIn(), defaults.closedArrivals(), seasonArrivals, season)
                .ifPresent(breaches::add);
        Set<DayOfWeek> seasonDepartures = season == null ? Set.of() : season.closedDepartures();
        weekdayBreach(StayRule.CLOSED_TO_DEPARTURE, "No departures on ", stay.checkout(), defaults.closedDepartures(),
                seasonDepartures, season).ifPresent(breaches::add);
        int minNights = season == null || season.minNights() == null ? defaults.minNights() : season.minNights();
        if (stay.nights() < minNights) {
            breaches.add(nightsBreach(StayRule.MIN_NIGHTS, "Minimum ", minNights, season != null && season.minNights() != null ? season : null));
        }
        int maxNights = season == null || season.maxNights() == null ? defaults.maxNights() : season.maxNights();
        if (stay.nights() > maxNights) {
            breaches.add(nightsBreach(StayRule.MAX_NIGHTS, "Maximum ", maxNights, season != null && season.maxNights() != null ? season : null));
        }
        return List.copyOf(breaches);
    }

    /**
     * The stay to show a guest who named no dates (the address an owner shares): the earliest check-in within
     * a year, for the fewest nights, that the rules take; tonight for one night when no rule says otherwise.
     * Empty when no stay in that year is taken.
     */
    public Optional<StayPeriod> firstStay(LocalDateTime now) {
        LocalDate today = now.toLocalDate();
        for (LocalDate checkIn = today; checkIn.isBefore(today.plusYears(1)); checkIn = checkIn.plusDays(1)) {
            for (int nights = 1; nights <= StayPeriod.MAX_NIGHTS; nights++) {
                StayPeriod stay = StayPeriod.of(checkIn, checkIn.plusDays(nights));
                if (breaches(stay, now).isEmpty()) {
                    return Optional.of(stay);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The stay nearest the one a guest asked for that the rules take, to offer instead of a refusal: the same
     * check-in with the nights closest to theirs (a longer stay first on a tie), else a check-in a day later or
     * earlier, and so on, never before today, for up to a year. Empty when the rules take no stay in that year.
     */
    public Optional<StayPeriod> nearestStay(StayPeriod wanted, LocalDateTime now) {
        LocalDate today = now.toLocalDate();
        List<Integer> nights = new ArrayList<>();
        for (int distance = 0; distance < StayPeriod.MAX_NIGHTS; distance++) {
            for (long candidate : new long[] {wanted.nights() + distance, wanted.nights() - distance}) {
                if (candidate >= 1 && candidate <= StayPeriod.MAX_NIGHTS && !nights.contains((int) candidate)) {
                    nights.add((int) candidate);
                }
            }
        }
        for (int shift = 0; shift <= 366; shift++) {
            for (LocalDate checkIn : List.of(wanted.checkIn().plusDays(shift), wanted.checkIn().minusDays(shift))) {
                if (checkIn.isBefore(today)) {
                    continue;
                }
                for (int length : nights) {
                    StayPeriod stay = StayPeriod.of(checkIn, checkIn.plusDays(length));
                    if (breaches(stay, now).isEmpty()) {
                        return Optional.of(stay);
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * What is wrong with rules as staff typed them (for the organisation or a season), by the form's field: a
     * maximum below the minimum, or every day closed, which stops all bookings (closing dates says so plainly).
     */
    public static List<FieldProblem> problems(Integer minNights, Integer maxNights, Collection<DayOfWeek> closedArrivals,
            Collection<DayOfWeek> closedDepartures) {
        List<FieldProblem> problems = new ArrayList<>();
        if (minNights != null && maxNights != null && maxNights < minNights) {
            problems.add(new FieldProblem("maxNights", "The maximum cannot be fewer nights than the minimum.").worded("stayRules.maxBelowMin"));
        }
        if (Set.copyOf(closedArrivals).size() == DayOfWeek.values().length) {
            problems.add(new FieldProblem("closedArrivals", "Leave at least one day for arrivals; to stop all bookings, close the dates.")
                    .worded("stayRules.noArrivalDay"));
        }
        if (Set.copyOf(closedDepartures).size() == DayOfWeek.values().length) {
            problems.add(new FieldProblem("closedDepartures", "Leave at least one day for departures; to stop all bookings, close the dates.")
                    .worded("stayRules.noDepartureDay"));
        }
        return problems;
    }

    private Optional<StayRuleBreach> leadTimeBreach(StayPeriod stay, LocalDateTime now) {
        LocalDate today = now.toLocalDate();
        if (defaults.leadDays() > 0 && stay.checkIn().isBefore(today.plusDays(defaults.leadDays()))) {
            return Optional.of(new StayRuleBreach(StayRule.LEAD_TIME, Map.of("days", String.valueOf(defaults.leadDays())),
                    "Bookable at least " + defaults.leadDays() + (defaults.leadDays() == 1 ? " day" : " days") + " ahead"));
        }
        Integer cutoff = defaults.sameDayCutoffHour();
        if (defaults.leadDays() == 0 && cutoff != null && stay.checkIn().equals(today) && now.getHour() >= cutoff) {
            return Optional.of(new StayRuleBreach(StayRule.LEAD_TIME, Map.of("cutoff_hour", String.valueOf(cutoff)),
                    "Same-day bookings close at " + String.format("%02d:00", cutoff)));
        }
        return Optional.empty();
    }

    /**
     * The day is closed by the organisation or the season: the sentence names every closed day, and the season
     * (from its first night) when it closes any of them.
     */
    private static Optional<StayRuleBreach> weekdayBreach(StayRule rule, String opening, LocalDate day,
            Set<DayOfWeek> organisations, Set<DayOfWeek> seasons, Season season) {
        Set<DayOfWeek> closed = union(organisations, seasons);
        if (!closed.contains(day.getDayOfWeek())) {
            return Optional.empty();
        }
        Season named = seasons.isEmpty() ? null : season;
        Map<String, String> parameters = new HashMap<>(where(named));
        parameters.put("weekdays", String.join(",", closed.stream().map(weekday -> weekday.name().toLowerCase(Locale.ROOT)).toList()));
        return Optional.of(new StayRuleBreach(rule, parameters, opening + Weekdays.plural(closed) + from(named)));
    }

    /** @param season the season whose own figure it is, or null for the organisation's */
    private static StayRuleBreach nightsBreach(StayRule rule, String opening, int nights, Season season) {
        Map<String, String> parameters = new HashMap<>(where(season));
        parameters.put("nights", String.valueOf(nights));
        return new StayRuleBreach(rule, parameters, opening + nights + (nights == 1 ? " night" : " nights") + from(season));
    }

    private static Map<String, String> where(Season season) {
        return season == null ? Map.of() : Map.of("from", season.firstNight().toString(), "season", season.name());
    }

    private static String from(Season season) {
        return season == null ? "" : " from " + season.firstNight();
    }

    private static Set<DayOfWeek> union(Set<DayOfWeek> some, Set<DayOfWeek> others) {
        Set<DayOfWeek> all = EnumSet.noneOf(DayOfWeek.class);
        all.addAll(some);
        all.addAll(others);
        return all;
    }
}
