package dev.bookspace.availability;

import static dev.bookspace.testing.Stays.JAN_1;
import static dev.bookspace.testing.Stays.JAN_2;
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
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code /{org}/nights}, the date picker's months: each night bookable or not (bookings, closed dates, the past,
 * the horizon) and from what price (rates applied), per organisation, and bad parameters refused with a sentence in
 * the language of the page that asks.
 */
@FullStack
@RunAsClient
class NightsEndpointIT {

    @RegisterExtension
    final Fixtures fixtures = Fixtures.overJdbc();
    private Organisation org;
    private Item seaRoom;
    private Item suite;

    @BeforeEach
    void organisationWithTwoRooms() {
        org = fixtures.organisation("Harbour House");
        seaRoom = fixtures.item(org, "Sea Room");
        suite = fixtures.item(org, "Suite", 20_000);
    }

    @Test
    void aNightIsBookableWhileSomeRoomIsNeitherBookedNorClosedAndCostsWhatItsCheapestFreeRoomCosts() {
        fixtures.paidBooking(org, seaRoom, JAN_1, JAN_3);
        fixtures.closedDates(org, suite, JAN_2, JAN_4, "Painting");

        assertThat(nights(nightsPath(JAN_1, JAN_5))).containsExactly(
                JAN_1 + " bookable €200.00", JAN_2 + " not bookable", JAN_3 + " bookable €120.00",
                JAN_4 + " bookable €120.00", JAN_5 + " bookable €120.00");
        assertThat(nights(nightsPath(JAN_1, JAN_4) + "&room=" + suite.id())).containsExactly(
                JAN_1 + " bookable €200.00", JAN_2 + " not bookable", JAN_3 + " not bookable", JAN_4 + " bookable €200.00");
    }

    @Test
    void pricesFollowSeasonsAndARoomsOwnSeasonPrice() {
        long newYear = fixtures.season(org, "New Year", JAN_2, JAN_3, new BigDecimal("50"));
        fixtures.seasonPrice(org, newYear, suite, 10_000);

        assertThat(nights(nightsPath(JAN_1, JAN_4))).containsExactly(
                JAN_1 + " bookable €120.00", JAN_2 + " bookable €100.00", JAN_3 + " bookable €100.00", JAN_4 + " bookable €120.00");
        assertThat(nights(nightsPath(JAN_2, JAN_2) + "&room=" + seaRoom.id())).containsExactly(JAN_2 + " bookable €180.00");
    }

    @Test
    void guestsKeepToTheRoomsThatSleepThem() {
        fixtures.item(org, "Family Room", 30_000, 4);

        assertThat(nights(nightsPath(JAN_1, JAN_1) + "&guests=3")).containsExactly(JAN_1 + " bookable €300.00");
        assertThat(nights(nightsPath(JAN_1, JAN_1) + "&guests=5")).containsExactly(JAN_1 + " not bookable");
    }

    @Test
    void pastNightsAndNightsBeyondTheHorizonAreNotBookable() {
        fixtures.stayRule(org, "booking_horizon_months", 1);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Lisbon"));

        assertThat(nights(nightsPath(today.minusDays(3), today.minusDays(2))))
                .containsExactly(today.minusDays(3) + " not bookable", today.minusDays(2) + " not bookable");
        assertThat(nights(nightsPath(today.plusMonths(2), today.plusMonths(2)))).containsExactly(today.plusMonths(2) + " not bookable");
    }

    @Test
    void answersForOneOrganisationOnlyAndWithoutASession() throws Exception {
        Organisation other = fixtures.organisation("Other Place");
        Item othersLoft = fixtures.item(other, "Other Place's Loft", 5_000);

        assertThat(nights(nightsPath(JAN_1, JAN_1))).containsExactly(JAN_1 + " bookable €120.00");
        Answer foreignRoom = Pages.fetch(nightsPath(JAN_1, JAN_1) + "&room=" + othersLoft.id());
        assertThat(foreignRoom.status()).isEqualTo(404);
        assertThat(foreignRoom.contentType()).startsWith("application/problem+json");
        assertThat(detail(foreignRoom)).isEqualTo("There is no such room.");
        assertThat(Pages.fetch("/no-such-place/nights?from=" + JAN_1 + "&to=" + JAN_1).status()).isEqualTo(404);

        assertThat(Pages.cookiesSetBy(nightsPath(JAN_1, JAN_1))).isEmpty();
        HttpResponse<Void> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(Pages.BASE_URL + nightsPath(JAN_1, JAN_1))).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("public, max-age=60");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "from=2027-01-05&to=2027-01-01       | The last night (to) must not be before the first (from).",
        "from=2027-01-01&to=2027-06-01       | Ask for at most 93 nights (three months) at a time.",
        "to=2027-01-01                       | Give from as a date, YYYY-MM-DD.",
        "from=1st+January&to=2027-01-02      | from \"1st January\" is not a date; use the form YYYY-MM-DD.",
        "from=2027-01-01&to=2027-01-02&room=x| room \"x\" is not a number; leave it out for every room.",
        "from=2027-01-01&to=2027-01-02&guests=0 | Guests must be a whole number from 1; leave it out for any number.",
    })
    void refusesBadParametersWithASentence(String query, String sentence) {
        Answer answer = Pages.fetch("/" + org.identifier() + "/nights?" + query);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(detail(answer)).isEqualTo(sentence);
    }

    @Test
    void refusesInTheLanguageOfThePublicPageThatAsks() {
        assertThat(refusalReadBy(org, "from=1st+January&to=2027-01-02", "Accept-Language", "de-DE,de;q=0.9"))
                .isEqualTo("from „1st January“ ist kein Datum; verwenden Sie die Form JJJJ-MM-TT.");
        assertThat(refusalReadBy(org, "from=2027-01-05&to=2027-01-01", "Accept-Language", "de-DE,de;q=0.9"))
                .isEqualTo("Die letzte Nacht (to) darf nicht vor der ersten (from) liegen.");
        assertThat(refusalReadBy(org, "from=2027-01-01&to=2027-06-01", "Cookie", "bookspace_language=fr"))
                .as("the language the reader chose with the switcher").isEqualTo("Demandez au plus 93 nuits (trois mois) à la fois.");

        Organisation portuguese = fixtures.organisation("Casa do Cais");
        fixtures.defaultLanguage(portuguese, "pt");
        assertThat(refusalReadBy(portuguese, "from=2027-01-01&to=2027-01-02&room=x", "Accept-Language", "es-ES,es;q=0.9"))
                .as("a browser asking for none of ours reads the organisation's default")
                .isEqualTo("room \"x\" não é um número; omita-o para todos os quartos.");
        assertThat(refusalReadBy(org, "from=2027-01-01&to=2027-01-02&guests=0", "Accept-Language", "en-GB,en;q=0.9"))
                .isEqualTo("Guests must be a whole number from 1; leave it out for any number.");
    }

    /** The 400's sentence as a public page in a browser that sends this header reads it. */
    private static String refusalReadBy(Organisation organisation, String query, String header, String value) {
        try {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(Pages.BASE_URL + "/" + organisation.identifier() + "/nights?" + query)).header(header, value).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).isEqualTo(400);
            return detail(new Answer(answer.statusCode(), "application/problem+json", answer.body()));
        } catch (IOException e) {
            throw new IllegalStateException(query, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(query, e);
        }
    }

    private String nightsPath(LocalDate from, LocalDate to) {
        return "/" + org.identifier() + "/nights?from=" + from + "&to=" + to;
    }

    /** Each night as "date bookable price" or "date not bookable". */
    private static List<String> nights(String path) {
        Answer answer = Pages.fetch(path);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/json");
        return json(answer).getJsonArray("nights").getValuesAs(JsonObject.class).stream()
                .map(night -> night.getString("date") + (night.getBoolean("bookable")
                        ? " bookable " + night.getString("price") : " not bookable"))
                .toList();
    }

    private static String detail(Answer answer) {
        return json(answer).getString("detail");
    }

    private static JsonObject json(Answer answer) {
        try (JsonReader reader = Json.createReader(new StringReader(answer.body()))) {
            return reader.readObject();
        }
    }
}
