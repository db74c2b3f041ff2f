package dev.bookspace.operations;

import static dev.bookspace.testing.Stays.JAN_1;
import static dev.bookspace.testing.Stays.JAN_3;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bookspace.testing.ApiClient;
import dev.bookspace.testing.ApiClient.Exchange;
import dev.bookspace.testing.DatabaseOutage;
import dev.bookspace.testing.Fixtures;
import dev.bookspace.testing.Fixtures.Item;
import dev.bookspace.testing.Fixtures.Organisation;
import dev.bookspace.testing.FullStack;
import dev.bookspace.testing.Pages;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * PostgreSQL out of reach (its connections cut, new ones refused, as while it restarts): guests read a page
 * saying we are back in a moment and integrators a 503 problem, both with Retry-After, never a 500 or a stack
 * trace; nothing is half made; and once the database answers the server serves again by itself.
 */
@FullStack
@RunAsClient
class DatabaseOutageIT {

    /** A Java trace or exception message; every page's PrimeFaces script names exception classes when all is well. */
    private static final String STACK_TRACE = "(Exception|Error)(: |\\r?\\n)|\\tat [a-z]|Caused by: ";

    @RegisterExtension
    final Fixtures fixtures = Fixtures.overJdbc();

    private final ApiClient client = new ApiClient(Pages.BASE_URL);

    @Test
    void whileTheDatabaseIsOutPagesAndApiAnswer503AndTheServerRecoversWithinTenSecondsOfItsReturn() throws InterruptedException {
        Organisation org = fixtures.organisation("Outage Inn");
        Item room = fixtures.item(org, "Storm Room");
        String key = fixtures.apiKey(org);
        String rooms = Pages.roomsPath(org, JAN_1, JAN_3);
        String items = "/api/v3/organisations/" + org.id() + "/items";
        assertThat(client.get(items).key(key).send().status()).as("the key known before the outage").isEqualTo(200);

        try (DatabaseOutage outage = DatabaseOutage.begin()) {
            Exchange page = client.get(rooms).send();
            assertThat(page.status()).as(page.body()).isEqualTo(503);
            assertThat(page.header("Retry-After")).contains("10");
            Document html = Jsoup.parse(page.body());
            assertThat(html.select("[data-role=unavailable]").text()).contains("back in a moment").contains("Nothing was booked");
            assertThat(html.select("[data-role=incident]").text()).isNotBlank();
            assertThat(page.body()).doesNotContainPattern(STACK_TRACE);
            Document german = Jsoup.parse(client.get(rooms).header("Accept-Language", "de-DE,de;q=0.9").send().body());
            assertThat(german.select("[data-role=unavailable]").text()).as("in the browser's language, with no database to ask")
                    .contains("Wir sind gleich wieder da.", "Es wurde nichts gebucht");

            Exchange booking = RequestLogIT.book(org, room, key, "outage@example.org", null);
            assertThat(booking.status()).as(booking.body()).isEqualTo(503);
            assertThat(booking.contentType()).startsWith("application/problem+json");
            assertThat(booking.header("Retry-After")).contains("10");
            assertThat(booking.body()).contains("https://bookspace.dev/problems/database-unavailable")
                    .doesNotContainPattern(STACK_TRACE);
        }

        long back = System.nanoTime();
        assertThat(firstAnswerWithin(Duration.ofSeconds(10), rooms)).as("the rooms page once the database is back").isEqualTo(200);
        assertThat(client.get(items).key(key).send().status()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - back)).isLessThan(Duration.ofSeconds(10));
        assertThat(fixtures.bookingStatuses(org)).as("the booking tried during the outage").isEmpty();
    }

    /** Asks again every 100 ms until the page answers 200 or the time is up; answers the last status. */
    private int firstAnswerWithin(Duration limit, String path) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        int status = client.get(path).send().status();
        while (status != 200 && System.nanoTime() < deadline) {
            Thread.sleep(100);
            status = client.get(path).send().status();
        }
        return status;
    }
}
