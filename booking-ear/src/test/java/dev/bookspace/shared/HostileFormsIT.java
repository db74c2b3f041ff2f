package dev.bookspace.shared;

import static dev.bookspace.testing.Stays.JAN_1;
import static dev.bookspace.testing.Stays.JAN_3;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bookspace.testing.Browser;
import dev.bookspace.testing.Fixtures;
import dev.bookspace.testing.Fixtures.Item;
import dev.bookspace.testing.Fixtures.Organisation;
import dev.bookspace.testing.FullStack;
import dev.bookspace.testing.HostileValues;
import dev.bookspace.testing.Pages;
import dev.bookspace.testing.WebPages;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The hostile-input corpus thrown at every field of every form of every page, as a script would post
 * them: the forms are read from the pages as served, and the pages found in the web module's sources,
 * so a form added later is covered without anyone listing it. Each field in turn gets each hostile
 * value while the others hold plausible ones, so a value can travel past the other fields' checks to
 * the action. No answer may be a 5xx or our "went wrong" page, show a stack trace, or echo markup.
 */
@FullStack
@RunAsClient
class HostileFormsIT {

    private static final String WENT_WRONG = "Something went wrong on our side";
    private static final String PAGE_EXPIRED = "open for a long time";
    private static final String SCRIPT = "<script>alert(1)</script>";


    @RegisterExtension
    final Fixtures fixtures = Fixtures.overJdbc();

    private final HttpClient http = HttpClient.newHttpClient();
    private Organisation org;
    private Item room;
    private String reference;
    private String session;

    @BeforeEach
    void anOrganisationWithARoomAnAddOnAndABooking() {
        org = fixtures.organisation("Harbour House");
        room = fixtures.item(org, "Sea Room");
        fixtures.addOn(org, room, "Breakfast", 1_500, "per_night", 4);
        reference = fixtures.reference(fixtures.paidBooking(org, room, JAN_1, JAN_3));
        session = Browser.sessionOf(fixtures.user(org, "owner", true));
    }

    @Test
    void noFormFieldAnswersAServerErrorWhateverIsPostedInIt() {
        SoftAssertions softly = new SoftAssertions();
        int posts = 0;
        List<String> formsSeen = new ArrayList<>();
        for (String page : WebPages.of(fixtures, org, room, reference)) {
            for (String formId : formIds(get(page))) {
                formsSeen.add(page + " #" + formId);
                posts += attack(softly, page, formId);
            }
        }
        assertThat(formsSeen).as("forms found").hasSizeGreaterThanOrEqualTo(15)
                .anyMatch(form -> form.startsWith("/" + org.identifier() + "/rooms/"))
                .anyMatch(form -> form.startsWith("/dashboard/owner/settings.xhtml"));
        System.out.printf("HostileFormsIT: %d forms, %d posts%n", formsSeen.size(), posts);
        softly.assertAll();
    }

    /** Posts every hostile value in every field of one form, with each of its buttons; answers how many posts. */
    private int attack(SoftAssertions softly, String page, String formId) {
        int posts = 0;
        Element form = form(get(page), formId);
        List<String> buttons = form.select("button[type=submit][name], input[type=submit][name]").eachAttr("name");
        for (String field : plausibleValues(form).keySet().stream().filter(name -> name.contains(":")).toList()) {
            for (String button : buttons.isEmpty() ? List.of("") : buttons) {
                for (String hostile : HostileValues.CORPUS) {
                    String described = page + " #" + formId + " " + field + "=" + abbreviated(hostile) + " via " + button;
                    HttpResponse<String> answer = post(page, formId, field, hostile, button);
                    posts++;
                    softly.assertThat(answer.statusCode()).as(described).isLessThan(500);
                    softly.assertThat(answer.body()).as(described).doesNotContain(WENT_WRONG, "\tat ", "Exception:", SCRIPT);
                }
            }
        }
        return posts;
    }

    /**
     * Posts the form as its page serves it now, with one field's value replaced; a page whose view the
     * server no longer holds (its forms posted many times over) is fetched again once.
     */
    private HttpResponse<String> post(String page, String formId, String field, String hostile, String button) {
        HttpResponse<String> answer = null;
        for (int attempt = 0; attempt < 2; attempt++) {
            Map<String, String> values = plausibleValues(form(get(page), formId));
            values.put(field, hostile);
            if (!button.isEmpty()) {
                values.put(button, "");
            }
            answer = send(HttpRequest.newBuilder(URI.create(Pages.BASE_URL + page))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(encoded(values))));
            if (!(answer.statusCode() == 400 && answer.body().contains(PAGE_EXPIRED))) {
                return answer;
            }
        }
        return answer;
    }

    /**
     * What a person filling the form would send: what the page filled in, and where it left a field
     * empty, a value of the field's kind, so that one hostile value is the only thing wrong.
     */
    private static Map<String, String> plausibleValues(Element form) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Element input : form.select("input[name]:not([type=submit]):not([type=button]):not([type=image]):not([type=reset])")) {
            String type = input.attr("type");
            if ((type.equals("checkbox") || type.equals("radio")) && !input.hasAttr("checked")) {
                continue;
            }
            String value = input.val();
            values.put(input.attr("name"), value.isEmpty() && !type.equals("hidden") ? plausible(input) : value);
        }
        for (Element select : form.select("select[name]")) {
            Element chosen = select.selectFirst("option[selected]");
            chosen = chosen != null ? chosen : select.selectFirst("option");
            values.put(select.attr("name"), chosen == null ? "" : chosen.val());
        }
        for (Element area : form.select("textarea[name]")) {
            values.put(area.attr("name"), area.val().isEmpty() ? "A quiet room, please" : area.val());
        }
        return values;
    }

    private static String plausible(Element input) {
        String name = input.attr("name").toLowerCase();
        return switch (input.attr("type")) {
            case "email" -> "ada@example.org";
            case "password" -> "a passphrase long enough";
            case "number" -> "1";
            case "date" -> JAN_1.toString();
            case "tel" -> "+351 912 345 678";
            default -> name.contains("mail") ? "ada@example.org" : name.contains("url") ? "https://example.org/hook" : "Ada";
        };
    }

    /** The Faces forms of a page: those that carry a view state, so not the sign-out form, which posts elsewhere. */
    private static List<String> formIds(Document page) {
        return page.select("form[id]:has(input[name=jakarta.faces.ViewState])").eachAttr("id");
    }

    private static Element form(Document page, String formId) {
        return page.select("form[id]").stream().filter(form -> form.id().equals(formId)).findFirst()
                .orElseThrow(() -> new AssertionError("the form " + formId + " on " + page.location()));
    }

    private Document get(String page) {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(Pages.BASE_URL + page)).GET());
        assertThat(answer.statusCode()).as("GET " + page).isEqualTo(200);
        return Jsoup.parse(answer.body(), Pages.BASE_URL + page);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.header("Cookie", "JSESSIONID=" + session).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encoded(Map<String, String> values) {
        return values.entrySet().stream()
                .map(entry -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String abbreviated(String value) {
        String visible = value.replace("\u0000", "\\0").replace("\r", "\\r").replace("\n", "\\n");
        return visible.length() > 30 ? visible.substring(0, 30) + "… (" + value.length() + " characters)" : visible;
    }
}
