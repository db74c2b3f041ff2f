package dev.bookspace.availability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bookspace.shared.StayPeriod;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StayRulesTest {

    /** A Thursday, at 15:30 in the organisation's time zone. */
    private static final LocalDateTime NOW = LocalDateTime.of(2027, 6, 3, 15, 30);

    /**
     * At least 2 nights, at most 14; no arrivals on Sundays, no departures on Mondays; up to 12 months ahead;
     * same-day bookings until 14:00. High season (1 July to 31 August): at least 3 nights, at most 7, no arrivals
     * on Saturdays either. Autumn (October): no departures on Fridays either, the organisation's nights.
     */
    private static final StayRules RULES = new StayRules(
            new StayRules.Defaults(2, 14, Set.of(DayOfWeek.SUNDAY), Set.of(DayOfWeek.MONDAY), 12, 0, 14),
            List.of(new StayRules.Season("High season", LocalDate.of(2027, 7, 1), LocalDate.of(2027, 8, 31), 3, 7,
                    Set.of(DayOfWeek.SATURDAY), Set.of()),
                    new StayRules.Season("Autumn", LocalDate.of(2027, 10, 1), LocalDate.of(2027, 10, 31), null, null,
                            Set.of(), Set.of(DayOfWeek.FRIDAY))));

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // check-in | checkout  | code                | sentence
        "2027-06-10 | 2027-06-12 | -                   | -",
        "2027-06-10 | 2027-06-11 | min_nights          | Minimum 2 nights",
        "2027-06-10 | 2027-06-25 | max_nights          | Maximum 14 nights",
        "2027-06-06 | 2027-06-08 | closed_to_arrival   | No arrivals on Sundays",
        "2027-06-11 | 2027-06-14 | closed_to_departure | No departures on Mondays",
        "2027-06-04 | 2027-06-06 | -                   | -",
        "2027-06-03 | 2027-06-05 | lead_time           | Same-day bookings close at 14:00",
        "2028-06-03 | 2028-06-06 | -                   | -",
        "2028-06-05 | 2028-06-07 | booking_horizon     | Bookable up to 12 months ahead",
        // A season's rules hold for stays arriving in it; its nights replace the organisation's.
        "2027-07-01 | 2027-07-03 | min_nights          | Minimum 3 nights from 2027-07-01",
        "2027-06-29 | 2027-07-01 | -                   | -",
        "2027-08-30 | 2027-09-01 | min_nights          | Minimum 3 nights from 2027-07-01",
        "2027-07-01 | 2027-07-09 | max_nights          | Maximum 7 nights from 2027-07-01",
        // Its closed weekdays add to the organisation's.
        "2027-07-03 | 2027-07-07 | closed_to_arrival   | No arrivals on Saturdays and Sundays from 2027-07-01",
        "2027-07-04 | 2027-07-08 | closed_to_arrival   | No arrivals on Saturdays and Sundays from 2027-07-01",
        "2027-06-26 | 2027-06-30 | -                   | -",
        // A season without nights of its own leaves the organisation's, said without the season.
        "2027-10-05 | 2027-10-06 | min_nights          | Minimum 2 nights",
        "2027-10-05 | 2027-10-08 | closed_to_departure | No departures on Mondays and Fridays from 2027-10-01",
        "2027-09-28 | 2027-10-01 | -                   | -",
    })
    void namesTheRuleAStayBreaksInAGuestsWords(LocalDate checkIn, LocalDate checkout, String code, String sentence) {
        List<StayRuleBreach> breaches = RULES.breaches(StayPeriod.of(checkIn, checkout), NOW);
        assertThat(breaches).extracting(StayRuleBreach::code).containsExactlyElementsOf(code == null ? List.of() : List.of(code));
        assertThat(breaches).extracting(StayRuleBreach::sentence)
                .containsExactlyElementsOf(sentence == null ? List.of() : List.of(sentence));
    }

    @Test
    void namesEveryRuleBrokenWithTheFiguresAListCanReuse() {
        List<StayRuleBreach> breaches = RULES.breaches(StayPeriod.of(LocalDate.of(2027, 7, 4), LocalDate.of(2027, 7, 5)), NOW);
        assertThat(breaches).extracting(StayRuleBreach::code).containsExactly("closed_to_arrival", "closed_to_departure", "min_nights");
        assertThat(breaches.get(0).parameters())
                .isEqualTo(Map.of("weekdays", "saturday,sunday", "from", "2027-07-01", "season", "High season"));
        assertThat(breaches.get(1).parameters()).isEqualTo(Map.of("weekdays", "monday"));
        assertThat(breaches.get(2).parameters()).isEqualTo(Map.of("nights", "3", "from", "2027-07-01", "season", "High season"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // lead days | cut-off | now              | check-in   | sentence
        "0           | -       | 2027-06-03T23:59 | 2027-06-03 | -",
        "0           | 14      | 2027-06-03T13:59 | 2027-06-03 | -",
        "0           | 14      | 2027-06-03T14:00 | 2027-06-03 | Same-day bookings close at 14:00",
        "0           | 14      | 2027-06-03T14:00 | 2027-06-04 | -",
        "1           | -       | 2027-06-03T08:00 | 2027-06-03 | Bookable at least 1 day ahead",
        "2           | -       | 2027-06-03T08:00 | 2027-06-04 | Bookable at least 2 days ahead",
        "2           | -       | 2027-06-03T08:00 | 2027-06-05 | -",
    })
    void leadTimeCountsInTheOrganisationsDaysAndHours(int leadDays, Integer cutoff, LocalDateTime now, LocalDate checkIn,
            String sentence) {
        StayRules rules = new StayRules(new StayRules.Defaults(1, 30, Set.of(), Set.of(), 18, leadDays, cutoff), List.of());
        List<StayRuleBreach> breaches = rules.breaches(StayPeriod.of(checkIn, checkIn.plusDays(1)), now);
        assertThat(breaches).extracting(StayRuleBreach::sentence)
                .containsExactlyElementsOf(sentence == null ? List.of() : List.of(sentence));
        assertThat(breaches).allSatisfy(breach -> assertThat(breach.code()).isEqualTo("lead_time"));
    }

    @Test
    void aNewOrganisationTakesAnyStayWithinEighteenMonths() {
        StayRules open = new StayRules(StayRules.Defaults.OPEN, List.of());
        LocalDate today = NOW.toLocalDate();
        assertThat(open.breaches(StayPeriod.of(today, today.plusDays(30)), NOW)).isEmpty();
        assertThat(open.breaches(StayPeriod.of(today.plusMonths(18), today.plusMonths(18).plusDays(1)), NOW)).isEmpty();
        assertThat(open.breaches(StayPeriod.of(today.plusMonths(18).plusDays(1), today.plusMonths(18).plusDays(2)), NOW))
                .extracting(StayRuleBreach::sentence).containsExactly("Bookable up to 18 months ahead");
    }

    @Test
    void aGuestWithoutDatesIsShownTheFirstStayTheRulesTake() {
        LocalDate today = NOW.toLocalDate();
        assertThat(new StayRules(StayRules.Defaults.OPEN, List.of()).firstStay(NOW)).contains(StayPeriod.of(today, today.plusDays(1)));
        // After 14:00 on Thursday 3 June: Friday, for 2 nights, ending on Sunday (Mondays are closed to departures).
        assertThat(RULES.firstStay(NOW)).contains(StayPeriod.of(LocalDate.of(2027, 6, 4), LocalDate.of(2027, 6, 6)));
    }
    @ParameterizedTest(name = "{0} to {1}: {2} to {3}")
    @CsvSource(delimiter = '|', value = {
        // asked for            | offered instead
        "2027-06-10 | 2027-06-12 | 2027-06-10 | 2027-06-12", // taken as it is
        "2027-06-10 | 2027-06-11 | 2027-06-10 | 2027-06-12", // too short: the same arrival, one night more
        "2027-07-01 | 2027-07-03 | 2027-07-01 | 2027-07-04", // the season's minimum
        "2027-06-10 | 2027-06-25 | 2027-06-10 | 2027-06-24", // too long: one night less
        "2027-06-06 | 2027-06-08 | 2027-06-07 | 2027-06-09", // a Sunday arrival: the day after, as many nights
        "2027-06-03 | 2027-06-05 | 2027-06-04 | 2027-06-06", // past today's cut-off: tomorrow
    })
    void offersTheNearestStayTheRulesTake(LocalDate checkIn, LocalDate checkout, LocalDate nearestCheckIn,
            LocalDate nearestCheckout) {
        assertThat(RULES.nearestStay(StayPeriod.of(checkIn, checkout), NOW)).contains(StayPeriod.of(nearestCheckIn, nearestCheckout));
    }
}
