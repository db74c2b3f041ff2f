package dev.bookspace.availability;

import static dev.bookspace.testing.Pages.roomsPath;
import static dev.bookspace.testing.Stays.JAN_1;
import static dev.bookspace.testing.Stays.JAN_3;
import static dev.bookspace.testing.Stays.JAN_4;
import static dev.bookspace.testing.Stays.JAN_5;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bookspace.testing.Fixtures;
import dev.bookspace.testing.Fixtures.Item;
import dev.bookspace.testing.Fixtures.Organisation;
import dev.bookspace.testing.FullStack;
import dev.bookspace.testing.Pages;
import dev.bookspace.testing.Pages.Answer;
import dev.bookspace.testing.Pages.Page;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each stay rule refuses a stay the same way everywhere a guest or an integrator chooses one: its sentence
 * on the rooms page and the room's page, its code in the API's 422 for a search and a booking, and nothing
 * booked.
 */
@FullStack
@RunAsClient
class StayRulesIT {

    /** The fixtures' organisations are in Lisbon. */
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Lisbon"));

    @RegisterExtension
    final Fixtures fixtures = Fixtures.overJdbc();
    private Organisation org;
    private Item room;
    private String key;

    @BeforeEach
    void organisationWithARoomAndAKey() {
        org = fixtures.organisation("Harbour House");
        room = fixtures.item(org, "Sea Room");
        key = fixtures.apiKey(org);
    }

    static Stream<Arguments> rules() {
        return Stream.of(
                Arguments.of("min_nights", 3, JAN_1, JAN_3, "min_nights", "Minimum 3 nights."),
                Arguments.of("max_nights", 2, JAN_1, JAN_4, "max_nights", "Maximum 2 nights."),
                Arguments.of("closed_arrival_days", bit(JAN_1), JAN_1, JAN_3, "closed_to_arrival",
                        "No arrivals on " + plural(JAN_1) + "."),
                Arguments.of("closed_departure_days", bit(JAN_3), JAN_1, JAN_3, "closed_to_departure",
                        "No departures on " + plural(JAN_3) + "."),
                Arguments.of("booking_horizon_months", 1, TODAY.plusMonths(2), TODAY.plusMonths(2).plusDays(2),
                        "booking_horizon", "Bookable up to 1 month ahead."),
                Arguments.of("lead_days", 7, TODAY.plusDays(1), TODAY.plusDays(3), "lead_time", "Bookable at least 7 days ahead."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void eachRuleRefusesWithItsSentenceOnThePagesAndItsCodeOverTheApi(String column, int value, LocalDate checkIn,
            LocalDate checkout, String code, String sentence) {
        fixtures.stayRule(org, column, value);

        Page rooms = Pages.get(roomsPath(org, checkIn, checkout));
        assertThat(rooms.status()).isEqualTo(400);
        assertThat(rooms.text("search-problem")).isEqualTo(sentence);
        assertThat(rooms.roomCards()).isEmpty();
        assertThat(Pages.get(roomPath(checkIn, checkout)).text("price-problem")).isEqualTo(sentence);

        Answer search = Pages.api(itemsPath() + "?check_in=" + checkIn + "&checkout=" + checkout, key);
        assertThat(search.status()).isEqualTo(422);
        assertThat(search.contentType()).startsWith("application/problem+json");
        assertThat(brokenRule(search).getString("code")).isEqualTo(code);

        Answer booking = book(checkIn, checkout);
        assertThat(booking.status()).isEqualTo(422);
        assertThat(brokenRule(booking).getString("code")).isEqualTo(code);
        assertThat(brokenRule(booking).getString("message") + ".").isEqualTo(sentence);
        assertThat(fixtures.bookingStatuses(org)).isEmpty();
    }

    /**
     * Same-day bookings until a cut-off hour of the organisation's own clock. The house is put in the zone where it
     * is now about noon, so the test reads the same whenever it runs.
     */
    @Test
    void sameDayBookingsCloseAtTheCutOffHourOfTheOrganisationsClock() {
        int hoursAhead = 12 - ZonedDateTime.now(ZoneOffset.UTC).getHour();
        ZoneId noon = ZoneId.of(hoursAhead == 0 ? "Etc/GMT" : "Etc/GMT" + (hoursAhead > 0 ? "-" : "+") + Math.abs(hoursAhead));
        fixtures.stayRule(org, "time_zone", noon.getId());
        LocalDate today = LocalDate.now(noon);

        fixtures.stayRule(org, "same_day_cutoff_hour", 11);
        assertThat(Pages.get(roomsPath(org, today, today.plusDays(1))).text("search-problem"))
                .isEqualTo("Same-day bookings close at 11:00.");
        assertThat(brokenRule(book(today, today.plusDays(1))).getString("code")).isEqualTo("lead_time");

        fixtures.stayRule(org, "same_day_cutoff_hour", 14);
        assertThat(book(today, today.plusDays(1)).status()).isEqualTo(201);
    }

    @Test
    void aSeasonsMinimumHoldsForStaysArrivingInItAndNamesItsFirstNight() {
        long high = fixtures.season(org, "High season", JAN_3, JAN_5, null);
        fixtures.seasonStayRule(high, "min_nights", 3);

        assertThat(Pages.get(roomsPath(org, JAN_1, JAN_3)).roomCards()).containsExactly("Sea Room");
        assertThat(Pages.get(roomsPath(org, JAN_3, JAN_5)).text("search-problem")).isEqualTo("Minimum 3 nights from " + JAN_3 + ".");
        JsonObject rule = brokenRule(book(JAN_3, JAN_5));
        assertThat(rule.getString("code")).isEqualTo("min_nights");
        assertThat(rule.getJsonObject("parameters").getString("from")).isEqualTo(JAN_3.toString());
        assertThat(book(JAN_3, JAN_3.plusDays(3)).status()).isEqualTo(201);
    }

    /**
     * Each node keeps an organisation's rules between searches (SettingsCache): rules changed in the database, as
     * another node of a cluster changes them (here over JDBC), hold from the very next search, the organisation's
     * own and its seasons' alike.
     */
    @Test
    void rulesChangedElsewhereHoldFromTheNextSearch() {
        String search = itemsPath() + "?check_in=" + JAN_1 + "&checkout=" + JAN_3;
        assertThat(Pages.api(search, key).status()).isEqualTo(200);

        fixtures.stayRule(org, "min_nights", 3);
        assertThat(brokenRule(Pages.api(search, key)).getString("code")).isEqualTo("min_nights");

        fixtures.stayRule(org, "min_nights", 1);
        long high = fixtures.season(org, "High season", JAN_1, JAN_5, null);
        assertThat(Pages.api(search, key).status()).isEqualTo(200);
        fixtures.seasonStayRule(high, "max_nights", 1);
        assertThat(brokenRule(Pages.api(search, key)).getString("code")).isEqualTo("max_nights");
    }

    @Test
    void theAddressAnOwnerSharesShowsTheFirstStayTheRulesTake() {
        fixtures.stayRule(org, "min_nights", 2);
        fixtures.stayRule(org, "lead_days", 1);

        Page page = Pages.get("/" + org.identifier() + "/rooms");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.roomCards()).containsExactly("Sea Room");
        assertThat(page.link("room-link")).endsWith("?check_in=" + TODAY.plusDays(1) + "&checkout=" + TODAY.plusDays(3));
    }

    private Answer book(LocalDate checkIn, LocalDate checkout) {
        String body = Json.createObjectBuilder().add("item_id", room.id()).add("check_in", checkIn.toString())
                .add("checkout", checkout.toString()).add("guests", 1)
                .add("guest", Json.createObjectBuilder().add("name", "Ada Lovelace").add("email", "ada@example.org")
                        .add("phone", "+351 912 345 678").add("terms_accepted", true))
                .build().toString();
        return Pages.post("/api/v3/organisations/" + org.id() + "/bookings", "application/json", body,
                "Authorization", "Bearer " + key, "Idempotency-Key", UUID.randomUUID().toString());
    }

    private String roomPath(LocalDate checkIn, LocalDate checkout) {
        return "/" + org.identifier() + "/rooms/" + room.id() + "?check_in=" + checkIn + "&checkout=" + checkout;
    }

    private String itemsPath() {
        return "/api/v3/organisations/" + org.id() + "/items";
    }

    /** The first rule named in a 422 problem. */
    private static JsonObject brokenRule(Answer answer) {
        try (JsonReader reader = Json.createReader(new StringReader(answer.body()))) {
            return reader.readObject().getJsonArray("stay_rules").getJsonObject(0);
        }
    }

    /** The day's bit as the database keeps weekdays: Monday 1 … Sunday 64. */
    private static int bit(LocalDate day) {
        return 1 << (day.getDayOfWeek().getValue() - 1);
    }

    private static String plural(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday.getDisplayName(TextStyle.FULL, Locale.UK) + "s";
    }
}
