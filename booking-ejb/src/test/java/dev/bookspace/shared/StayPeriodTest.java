package dev.bookspace.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class StayPeriodTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @Test
    void countsNightsOfAHalfOpenRange() {
        assertThat(StayPeriod.parse("2026-12-30", "2027-01-02").nights()).isEqualTo(3);
    }

    @Test
    void checkoutDayIsFreeForTheNextCheckIn() {
        StayPeriod first = StayPeriod.parse("2027-01-01", "2027-01-03");
        assertThat(first.overlaps(StayPeriod.parse("2027-01-03", "2027-01-05"))).isFalse();
        assertThat(first.overlaps(StayPeriod.parse("2027-01-02", "2027-01-05"))).isTrue();
        assertThat(first.overlaps(StayPeriod.parse("2026-12-28", "2027-01-02"))).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2027-01-03 | 2027-01-03 | checkout  | Checkout must be after check-in.",
        "2027-01-03 | 2027-01-01 | checkout  | Checkout must be after check-in.",
        "''         | 2027-01-01 | check_in  | Check-in date is missing; choose a date.",
        "2027-01-01 | ''         | checkout  | Checkout date is missing; choose a date.",
        "tomorrow   | 2027-01-01 | check_in  | Check-in date \"tomorrow\" is not a date; use the form YYYY-MM-DD.",
        "2027-01-01 | 2027-02-30 | checkout  | Checkout date \"2027-02-30\" is not a date; use the form YYYY-MM-DD.",
    })
    void refusesMalformedStaysWithASentenceNamingTheField(String checkIn, String checkout, String field, String message) {
        assertThatThrownBy(() -> StayPeriod.parse(checkIn, checkout))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.getMessage()).isEqualTo(message);
                });
    }

    @Test
    void refusesACheckInBeforeTodayButTakesToday() {
        assertThat(StayPeriod.of(TODAY, TODAY.plusDays(1)).requireBookableOn(TODAY).nights()).isEqualTo(1);
        assertThatThrownBy(() -> StayPeriod.of(TODAY.minusDays(1), TODAY.plusDays(1)).requireBookableOn(TODAY))
                .hasMessage("Check-in cannot be in the past; choose today or a later date.");
    }

    @Test
    void closedDatesMayOutlastAStayButNotTheHorizonNorBeginInThePast() {
        LocalDate last = TODAY.plusMonths(18);
        assertThat(StayPeriod.of(TODAY, TODAY.plusDays(90)).requireClosableOn(TODAY, 18).nights()).isEqualTo(90);
        assertThat(StayPeriod.of(last.minusDays(3), last.plusDays(1)).requireClosableOn(TODAY, 18).checkout())
                .isEqualTo(last.plusDays(1));
        assertThatThrownBy(() -> StayPeriod.of(last, last.plusDays(2)).requireClosableOn(TODAY, 18))
                .hasMessage("Dates can be closed up to 18 months ahead, as far as guests can book; choose an earlier checkout.");
        assertThatThrownBy(() -> StayPeriod.of(TODAY.minusDays(1), TODAY.plusDays(1)).requireClosableOn(TODAY, 18))
                .hasMessage("Check-in cannot be in the past; choose today or a later date.");
    }

    @Test
    void refusesACheckInBeyondThreeYearsForEveryoneButTakesItsLastDay() {
        LocalDate last = TODAY.plusMonths(36);
        assertThat(StayPeriod.of(last, last.plusDays(1)).requireBookableOn(TODAY).checkIn()).isEqualTo(last);
        assertThatThrownBy(() -> StayPeriod.of(last.plusDays(1), last.plusDays(2)).requireBookableOn(TODAY))
                .hasMessage("No stay begins more than 36 months ahead; choose an earlier check-in.");
        assertThatThrownBy(() -> StayPeriod.parse("9999-12-30", "9999-12-31").requireBookableOn(TODAY))
                .hasMessage("No stay begins more than 36 months ahead; choose an earlier check-in.");
    }

    @Test
    void refusesStaysLongerThanTheLimit() {
        StayPeriod longest = StayPeriod.of(TODAY, TODAY.plusDays(StayPeriod.MAX_NIGHTS));
        assertThat(longest.requireBookableOn(TODAY)).isEqualTo(longest);
        assertThatThrownBy(() -> StayPeriod.of(TODAY, TODAY.plusDays(StayPeriod.MAX_NIGHTS + 1)).requireBookableOn(TODAY))
                .hasMessage("A stay can be at most 30 nights; choose an earlier checkout.");
    }

    @Test
    void anAddressWithoutDatesMeansTheGivenStayButOneDateAloneIsStillMissingTheOther() {
        StayPeriod tonight = StayPeriod.of(TODAY, TODAY.plusDays(1));
        assertThat(StayPeriod.parseOr(null, "", () -> tonight)).isEqualTo(tonight);
        assertThatThrownBy(() -> StayPeriod.parseOr("2027-01-01", null, () -> tonight))
                .hasMessage("Checkout date is missing; choose a date.");
    }

    @Test
    void convertsToAndFromPostgresDateranges() {
        StayPeriodConverter converter = new StayPeriodConverter();
        StayPeriod stay = StayPeriod.parse("2027-01-01", "2027-01-03");
        Object column = converter.convertToDatabaseColumn(stay);
        assertThat(column).hasToString("[2027-01-01,2027-01-03)");
        assertThat(converter.convertToEntityAttribute(column)).isEqualTo(stay);
    }
}
