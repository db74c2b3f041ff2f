package dev.bookspace.shared;

import static dev.bookspace.testing.Stays.JAN_1;
import static dev.bookspace.testing.Stays.JAN_3;
import static dev.bookspace.testing.Stays.JAN_5;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bookspace.testing.Browser;
import dev.bookspace.testing.Fixtures;
import dev.bookspace.testing.Fixtures.Item;
import dev.bookspace.testing.Fixtures.Organisation;
import dev.bookspace.testing.FullStack;
import dev.bookspace.testing.Pages;
import dev.bookspace.testing.WebPages;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every dashboard page, found in the sources (WebPages), in each of the four languages: none shows a word the bundle
 * lacks (Mojarra writes a missing key as {@code ???key???}), and none in German, French or Portuguese keeps a
 * sentence of its English page, which the English page must still show. A booking's history (the stay rules a desk
 * booking or change overrode too), the audit log's actions, a calendar feed's error and a webhook delivery's failure,
 * stored in English, read in the staff member's language.
 */
@FullStack
@RunAsClient
class DashboardLanguagesIT {

    /** Words every page's frame shows an owner. */
    private static final List<String> FRAME = List.of("Sign out", "Balances due", "New booking", "Guest data", "Audit log");

    /** A few English sentences each page shows whatever it holds, by the page's path. */
    private static final Map<String, List<String>> ENGLISH = Map.ofEntries(
            Map.entry("/dashboard/index.xhtml", List.of("Today is", "Arriving today", "Leaving today", "Next 30 days")),
            Map.entry("/dashboard/bookings.xhtml", List.of("Export CSV", "Stays from", "Reference, guest or e-mail")),
            Map.entry("/dashboard/booking.xhtml", List.of("Payments", "Save guest details", "History", "Full name")),
            Map.entry("/dashboard/new-booking.xhtml", List.of("Full name", "Notes (optional)")),
            Map.entry("/dashboard/balances.xhtml", List.of("No balance is due.", "the soonest due first")),
            Map.entry("/dashboard/calendar.xhtml", List.of("Arrivals and departures", "Close dates", "Go to")),
            Map.entry("/dashboard/rooms.xhtml", List.of("Add a room", "A night", "Bookable")),
            Map.entry("/dashboard/room.xhtml", List.of("Price of a night", "Guests it holds", "What guests see", "Amenities")),
            Map.entry("/dashboard/room.xhtml?id=", List.of("Closed dates", "Calendar sync", "No photos yet", "Add photos",
                    "Title in other languages", "Save titles in other languages")),
            Map.entry("/dashboard/add-ons.xhtml", List.of("New add-on", "The price counts", "No add-ons yet.")),
            Map.entry("/dashboard/rates.xhtml", List.of("Stay rules", "Seasons", "Weekday rates", "Taxes and fees")),
            Map.entry("/dashboard/guest-data.xhtml", List.of("Guest's e-mail address", "asks to be forgotten")),
            Map.entry("/dashboard/security.xhtml", List.of("Two-factor sign-in", "Set up two-factor sign-in")),
            Map.entry("/dashboard/owner/settings.xhtml", List.of("Organisation name", "Cancellation policy", "Save settings")),
            Map.entry("/dashboard/owner/staff.xhtml", List.of("Invite someone", "Send invitation")),
            Map.entry("/dashboard/owner/api-keys.xhtml", List.of("Create key", "Last used")),
            Map.entry("/dashboard/owner/audit-log.xhtml", List.of("Search what changed", "Before → after")),
            Map.entry("/dashboard/owner/webhooks.xhtml", List.of("Add endpoint", "Deliveries")),
            Map.entry("/dashboard/owner/widget.xhtml", List.of("Sites that may show the widget")));

    /** How Mojarra writes a key its bundle lacks. */
    private static final Pattern MISSING_KEY = Pattern.compile("\\?\\?\\?[^?<\"]*\\?\\?\\?");

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @RegisterExtension
    final Fixtures fixtures = Fixtures.overJdbc();

    private Organisation org;
    private Item room;
    private String reference;

    @BeforeEach
    void organisationWithARoomAndABooking() {
        org = fixtures.organisation("Harbour House");
        room = fixtures.item(org, "Sea Room");
        reference = fixtures.reference(fixtures.paidBooking(org, room, JAN_1, JAN_3));
    }

    @Test
    void everyDashboardPageSpeaksEachLanguageWithoutAMissingWordOrAnEnglishSentence() {
        String owner = Browser.sessionOf(fixtures.user(org, "owner", true));
        List<String> pages = Stream.concat(
                WebPages.of(fixtures, org, room, reference).stream().filter(page -> page.startsWith("/dashboard/")),
                Stream.of("/dashboard/room.xhtml?id=" + room.id(), "/dashboard/add-ons.xhtml?room=" + room.id())).toList();
        assertThat(pages).as("the dashboard's pages").hasSizeGreaterThanOrEqualTo(ENGLISH.size());

        Map<String, List<String>> problems = new LinkedHashMap<>();
        for (String language : List.of("en", "de", "fr", "pt")) {
            for (String page : pages) {
                Document html = fetch(page, owner, language);
                String text = html.text() + " " + String.join(" ", Stream.of("aria-label", "title", "placeholder", "alt")
                        .flatMap(attribute -> html.select("[" + attribute + "]").eachAttr(attribute).stream()).toList());
                List<String> found = new ArrayList<>();
                String lang = html.select("html").attr("lang");
                if (!lang.equals(language)) {
                    found.add("lang=" + lang);
                }
                Matcher missing = MISSING_KEY.matcher(html.outerHtml());
                while (missing.find()) {
                    found.add("a missing key: " + missing.group());
                }
                for (String sentence : englishOf(page)) {
                    if (language.equals("en") != text.contains(sentence)) {
                        found.add((language.equals("en") ? "lacks " : "still says ") + sentence);
                    }
                }
                if (!found.isEmpty()) {
                    problems.put(language + " " + page, found);
                }
            }
        }
        assertThat(problems).as("pages with a missing word or English left over, by language").isEmpty();
    }

    @Test
    void aBookingsHistoryAndTheAuditLogReadInTheStaffMembersLanguage() {
        String key = fixtures.apiKey(org);
        String bookings = "/api/v3/organisations/" + org.id() + "/bookings";
        String body = """
                {"item_id": %d, "check_in": "%s", "checkout": "%s", "guests": 1, "guest": {"name": "Ada Lovelace",
                 "email": "ada@example.org", "phone": "+351 912 345 678", "terms_accepted": true}}""".formatted(room.id(), JAN_3, JAN_5);
        Matcher booked = Pattern.compile("\"reference\":\\s*\"([^\"]+)\"").matcher(Pages.post(bookings, "application/json", body,
                "Authorization", "Bearer " + key, "Idempotency-Key", UUID.randomUUID().toString()).body());
        assertThat(booked.find()).as("the API booked").isTrue();
        String cancelled = booked.group(1);
        Pages.post(bookings + "/" + cancelled + "/cancel", "application/json", "", "Authorization", "Bearer " + key);
        String owner = Browser.sessionOf(fixtures.user(org, "owner", true));

        String german = String.join("\n", fetch("/dashboard/booking.xhtml?ref=" + cancelled, owner, "de")
                .select("[data-role=history-event]").eachText());
        String english = String.join("\n", fetch("/dashboard/booking.xhtml?ref=" + cancelled, owner, "en")
                .select("[data-role=history-event]").eachText());

        assertThat(german).contains("API key Test integration: Über die API gebucht, Zahlung bei Anreise.",
                "API key Test integration: Storniert; das Zimmer ist für diese Nächte wieder frei.").doesNotContain("Booked");
        assertThat(english).contains("API key Test integration: Booked through the API, to pay on arrival.",
                "API key Test integration: Cancelled; the room is free again for those nights.");
        assertThat(fetch("/dashboard/owner/audit-log.xhtml", owner, "fr").select("[data-role=audit-action-words]").eachText())
                .contains("Réservation annulée");
        assertThat(fetch("/dashboard/owner/audit-log.xhtml", owner, "en").select("[data-role=audit-action]").eachText())
                .as("the codes, as the CSV has them").contains("booking.cancelled");
    }

    @Test
    void theStayRulesADeskBookingOverrodeAndAFeedsNetworkErrorReadInTheStaffMembersLanguage() throws IOException,
            InterruptedException {
        long booking = fixtures.bookingId(org, reference);
        fixtures.historyEntry(org, booking, "Ada Staff",
                "Booked despite the stay rules: Minimum 3 nights from 2027-07-01; No arrivals on Saturdays and Sundays.");
        // A port just closed: the fetch is refused, as a channel that is down refuses it.
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        long feed = fixtures.calendarFeed(org, room, "Airbnb", "http://127.0.0.1:" + closed + "/calendar.ics");
        for (int tries = 0; fixtures.feedColumn(feed, "last_error") == null && tries < 100; tries++) {
            Thread.sleep(200);
        }
        assertThat(fixtures.feedColumn(feed, "last_error")).as("the error as stored, in English")
                .isEqualTo("Connection refused. Trying again at the next fetch.");
        String owner = Browser.sessionOf(fixtures.user(org, "owner", true));

        assertThat(String.join("\n", fetch("/dashboard/booking.xhtml?ref=" + reference, owner, "de")
                .select("[data-role=history-event]").eachText()))
                .contains("Ada Staff: Trotz der Aufenthaltsregeln gebucht: Mindestens 3 Nächte ab 1. Juli 2027; "
                        + "Keine Anreise am Samstag und Sonntag.");
        assertThat(fetch("/dashboard/room.xhtml?id=" + room.id(), owner, "de").select("[data-role=calendar-feed-health]").text())
                .isEqualTo("Verbindung abgelehnt. Neuer Versuch beim nächsten Abruf.");
        assertThat(String.join("\n", fetch("/dashboard/booking.xhtml?ref=" + reference, owner, "en")
                .select("[data-role=history-event]").eachText()))
                .contains("Ada Staff: Booked despite the stay rules: Minimum 3 nights from 2027-07-01; No arrivals on Saturdays and Sundays.");
    }

    @Test
    void theStayRulesADeskChangeOverrodeAndAWebhookToAPrivateAddressReadInTheStaffMembersLanguage() {
        fixtures.historyEntry(org, fixtures.bookingId(org, reference), "Ada Staff",
                "Changed despite the stay rules: Minimum 3 nights from 2027-07-01.");
        fixtures.webhookEndpoint(org, "https://hooks.example.com/in");
        fixtures.webhookDelivery(org, reference, "failed", Duration.ofMinutes(5));
        fixtures.webhookDeliveriesFailed(org, "The URL cannot be called: Refused: hooks.example.com resolves to 10.0.0.5, "
                + "a private address; only addresses on the public internet are called.");
        String owner = Browser.sessionOf(fixtures.user(org, "owner", true));

        assertThat(String.join("\n", fetch("/dashboard/booking.xhtml?ref=" + reference, owner, "de")
                .select("[data-role=history-event]").eachText()))
                .contains("Ada Staff: Trotz der Aufenthaltsregeln geändert: Mindestens 3 Nächte ab 1. Juli 2027.");
        Document webhooks = fetch("/dashboard/owner/webhooks.xhtml", owner, "de");
        assertThat(webhooks.select("[data-role=delivery-status]").text()).isEqualTo("fehlgeschlagen");
        assertThat(webhooks.select("[data-role=delivery-last-answer]").text())
                .isEqualTo("Die URL kann nicht aufgerufen werden: Abgelehnt: hooks.example.com wird zu 10.0.0.5 aufgelöst, eine "
                        + "private Adresse; aufgerufen werden nur Adressen im öffentlichen Internet.");
        assertThat(fetch("/dashboard/owner/webhooks.xhtml", owner, "en").select("[data-role=delivery-last-answer]").text())
                .startsWith("The URL cannot be called: Refused: hooks.example.com resolves to 10.0.0.5");
    }

    /** The English sentences of a page: its own and its frame's. */
    private static List<String> englishOf(String page) {
        String path = page.contains("?id=") ? page.substring(0, page.indexOf('=') + 1) : page.replaceAll("\\?.*", "");
        assertThat(ENGLISH).as("English sentences to look for on " + path).containsKey(path);
        return Stream.concat(FRAME.stream(), ENGLISH.get(path).stream()).toList();
    }

    /** The page as an owner who chose this language with the switcher sees it (its cookie). */
    private static Document fetch(String page, String session, String language) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(Pages.BASE_URL + page))
                .header("Cookie", "JSESSIONID=" + session + "; bookspace_language=" + language).build();
        try {
            HttpResponse<String> answer = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(language + " " + page).isEqualTo(200);
            return Jsoup.parse(answer.body(), Pages.BASE_URL + page);
        } catch (IOException e) {
            throw new IllegalStateException(page, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(page, e);
        }
    }
}
