package dev.bookspace.availability;

import static dev.bookspace.testing.Pages.roomsPath;
import static dev.bookspace.testing.Stays.JAN_1;
import static dev.bookspace.testing.Stays.JAN_3;
import static dev.bookspace.testing.Stays.JAN_5;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bookspace.testing.Fixtures;
import dev.bookspace.testing.Fixtures.Item;
import dev.bookspace.testing.Fixtures.Organisation;
import dev.bookspace.testing.FullStack;
import dev.bookspace.testing.Pages;
import dev.bookspace.testing.Pages.Page;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The public rooms page, over HTTP against the deployed EAR: query, rule, routing, rendering and tenancy at once. */
@FullStack
@RunAsClient
class RoomsPageIT {

    @RegisterExtension
    final Fixtures fixtures = Fixtures.overJdbc();
    private Organisation org;
    private Item room;

    @BeforeEach
    void organisationWithARoom() {
        org = fixtures.organisation("Harbour House");
        room = fixtures.item(org, "Sea Room");
    }

    @Test
    void excludesBookedItemsFromAvailableList() {
        Item suite = fixtures.item(org, "Suite");
        fixtures.paidBooking(org, room, JAN_1, JAN_3);

        Page page = Pages.get(roomsPath(org, JAN_1, JAN_3));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.roomCards()).containsExactly(suite.title());
    }

    @Test
    void enforcesMultiTenantIsolation() {
        Organisation other = fixtures.organisation("Other Place");
        fixtures.item(other, "Other Place's Loft");

        assertThat(Pages.get(roomsPath(org, JAN_1, JAN_3)).roomCards()).containsExactly("Sea Room");
        assertThat(Pages.get(roomsPath(other, JAN_1, JAN_3)).roomCards()).containsExactly("Other Place's Loft");
    }

    @Test
    void showsTheOrganisationNameAndEachRoomsPricesInItsCurrency() {
        Page page = Pages.get(roomsPath(org, JAN_1, JAN_3));

        assertThat(page.text("organisation-name")).isEqualTo("Harbour House");
        assertThat(page.text("nightly-price")).isEqualTo("€120.00");
        assertThat(page.text("stay-total")).isEqualTo("€240.00");
    }

    @Test
    void titlesSayWhereTheGuestIsAndForWhichStay() {
        String stay = "?check_in=" + JAN_1 + "&checkout=" + JAN_3;

        assertThat(Pages.get(roomsPath(org, JAN_1, JAN_3)).html().title()).isEqualTo("Rooms, 1–3 Jan · Harbour House");
        assertThat(Pages.get("/" + org.identifier() + "/rooms/" + room.id() + stay).html().title())
                .isEqualTo("Sea Room, 1–3 Jan · Harbour House");
    }

    @Test
    void cancelledBookingDoesNotBlock() {
        fixtures.cancelledBooking(org, room, JAN_1, JAN_3);

        assertThat(Pages.get(roomsPath(org, JAN_1, JAN_3)).roomCards()).containsExactly("Sea Room");
    }

    @Test
    void expiredHoldDoesNotBlockButALiveHoldDoes() {
        Item suite = fixtures.item(org, "Suite");
        fixtures.unpaidHold(org, room, JAN_1, JAN_3, Instant.now().minus(1, ChronoUnit.MINUTES));
        fixtures.unpaidHold(org, suite, JAN_1, JAN_3, Instant.now().plus(30, ChronoUnit.MINUTES));

        assertThat(Pages.get(roomsPath(org, JAN_1, JAN_3)).roomCards()).containsExactly("Sea Room");
    }

    @Test
    void checkoutDayIsFreeForTheNextCheckIn() {
        fixtures.paidBooking(org, room, JAN_1, JAN_3);

        assertThat(Pages.get(roomsPath(org, JAN_3, JAN_5)).roomCards()).containsExactly("Sea Room");
        assertThat(Pages.get(roomsPath(org, JAN_1.minusDays(1), JAN_1.plusDays(1))).roomCards()).isEmpty();
    }

    @Test
    void showsTwentyFourRoomsAPageWithALinkToTheNext() {
        List<String> all = new ArrayList<>();
        for (int number = 1; number <= 29; number++) {
            all.add(fixtures.item(org, "Room %02d".formatted(number)).title());
        }
        all.add(room.title());

        Page first = Pages.get(roomsPath(org, JAN_1, JAN_3));
        assertThat(first.roomCards()).containsExactlyElementsOf(all.subList(0, 24));
        assertThat(first.text("first-rooms")).isNull();

        Page second = Pages.get(first.link("more-rooms"));
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.roomCards()).containsExactlyElementsOf(all.subList(24, 30));
        assertThat(second.text("more-rooms")).isNull();
        assertThat(second.link("first-rooms")).isEqualTo(roomsPath(org, JAN_1, JAN_3));
    }

    @Test
    void refusesAnAlteredPageLinkWithAMessage() {
        Page page = Pages.get(roomsPath(org, JAN_1, JAN_3) + "&cursor=not-ours");

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.text("search-problem")).isEqualTo("That link to more rooms is damaged; search again with the dates above.");
    }

    @Test
    void theAddressAnOwnerSharesNeedsNoDatesAndShowsTonightsFreeRooms() {
        LocalDate tonight = LocalDate.now(ZoneId.of("Europe/Lisbon")); // the fixtures' organisations are in Lisbon
        Item suite = fixtures.item(org, "Suite");
        fixtures.paidBooking(org, room, tonight, tonight.plusDays(1));

        Page page = Pages.get("/" + org.identifier() + "/rooms");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.roomCards()).containsExactly(suite.title());
        assertThat(page.link("room-link")).endsWith("?check_in=" + tonight + "&checkout=" + tonight.plusDays(1));
    }

    @Test
    void theSitesIconIsThereSoNoPageLogsAMissingFile() {
        Pages.Answer icon = Pages.fetch("/favicon.ico");

        assertThat(icon.status()).isEqualTo(200);
        assertThat(icon.contentType()).startsWith("image/");
    }

    @Test
    void aGuestWhoOnlyLooksAtRoomsGetsNoSession() {
        assertThat(Pages.cookiesSetBy(roomsPath(org, JAN_1, JAN_3))).doesNotContain("JSESSIONID");
    }

    @ParameterizedTest(name = "check_in={0} checkout={1}")
    @CsvSource(delimiter = '|', value = {
        "2027-01-01 | ''         | Checkout date is missing; choose a date.",
        "soon       | 2027-01-03 | Check-in date \"soon\" is not a date; use the form YYYY-MM-DD.",
        "2027-13-01 | 2027-01-03 | Check-in date \"2027-13-01\" is not a date; use the form YYYY-MM-DD.",
        "JAN_3      | JAN_1      | Checkout must be after check-in.",
        "JAN_1      | JAN_1      | Checkout must be after check-in.",
        "JAN_1      | +31 nights | A stay can be at most 30 nights; choose an earlier checkout.",
        "yesterday  | JAN_1      | Check-in cannot be in the past; choose today or a later date.",
        "9999-01-01 | 9999-01-03 | No stay begins more than 36 months ahead; choose an earlier check-in.",
        "%2B10000-01-01 | %2B10000-01-02 | No stay begins more than 36 months ahead; choose an earlier check-in.",
        "JAN_1      | %2B10000-01-01 | A stay can be at most 30 nights; choose an earlier checkout.",
    })
    void refusesBadDatesWithAMessageAndA400(String checkIn, String checkout, String message) {
        Page page = Pages.get(roomsPath(org, date(checkIn), date(checkout)));

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.text("search-problem")).isEqualTo(message);
        assertThat(page.roomCards()).isEmpty();
    }

    @Test
    void answersAnUnknownOrganisationWithTheNotFoundPage() {
        Page page = Pages.get("/no-such-place/rooms?check_in=" + JAN_1 + "&checkout=" + JAN_3);

        assertThat(page.status()).isEqualTo(404);
        assertThat(page.text("not-found")).contains("We could not find that page.");
    }

    /** Named dates relative to the suite's JAN_1, and "yesterday" in the organisation's zone. */
    private static String date(String name) {
        return switch (name) {
            case "JAN_1" -> JAN_1.toString();
            case "JAN_3" -> JAN_3.toString();
            case "+31 nights" -> JAN_1.plusDays(31).toString();
            case "yesterday" -> LocalDate.now(ZoneId.of("Europe/Lisbon")).minusDays(1).toString();
            default -> name;
        };
    }
}
