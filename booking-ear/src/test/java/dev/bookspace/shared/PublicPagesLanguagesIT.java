package dev.bookspace.shared;

import static dev.bookspace.testing.Stays.JAN_1;
import static dev.bookspace.testing.Stays.JAN_3;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bookspace.testing.ApiClient;
import dev.bookspace.testing.ApiClient.Exchange;
import dev.bookspace.testing.Fixtures;
import dev.bookspace.testing.Fixtures.Item;
import dev.bookspace.testing.Fixtures.Organisation;
import dev.bookspace.testing.FullStack;
import dev.bookspace.testing.Pages;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every public page in each of the four languages, chosen with the switcher's cookie: no raw key (Faces shows a
 * missing one as {@code ???key???}) and, on a page in another language, none of English's telltale sentences; an
 * English page still has them, so the sweep would notice a page that lost its words. The house takes deposits, has a
 * cancellation policy, a discount and a tax in its prices, so the room page's price lines and rules are read too.
 */
@FullStack
@RunAsClient
class PublicPagesLanguagesIT {

    /** Sentences of the English pages, one or more on each page below; none may be left on a page in another language. */
    private static final List<String> ENGLISH = List.of("per night", "Choose this room", "Check-in – checkout", "Free for",
            "Your details", "Full name", "Getting there", "Bookings by Bookspace", "Add this stay to your calendar",
            "Sign in to your dashboard", "Create your organisation", "Forgotten your password?",
            "We could not find that page", "Booked those nights", "Up to 2 guests", "nights ×", "% off", "(included)",
            "A deposit of", "full refund");

    /** A sentence each page shows in that language, so the sweep knows it read the page and not an error. */
    private static final Map<String, List<String>> OWN = Map.of(
            "en", List.of("Choose this room", "Your details", "Check-in", "Sign in to your dashboard", "Create your organisation",
                    "We could not find that page"),
            "de", List.of("Dieses Zimmer wählen", "Ihre Angaben", "Anreise", "Bei Ihrem Dashboard anmelden",
                    "Ihre Organisation anlegen", "Wir konnten diese Seite nicht finden"),
            "fr", List.of("Choisir cette chambre", "Vos coordonnées", "Arrivée", "Connectez-vous à votre tableau de bord",
                    "Créez votre organisation", "Nous n'avons pas trouvé cette page"),
            "pt", List.of("Escolher este quarto", "Os seus dados", "Check-in", "Inicie sessão no seu painel",
                    "Crie a sua organização", "Não encontrámos essa página"));

    @RegisterExtension
    final Fixtures fixtures = Fixtures.overJdbc();

    private final ApiClient http = new ApiClient(Pages.BASE_URL);
    private List<String> pages;

    @BeforeEach
    void anOrganisationWithFreeAndBookedRoomsAndABooking() {
        Organisation org = fixtures.cardOrganisation("Harbour House");
        fixtures.deposits(org, "30%", 7);
        fixtures.cancellationPolicy(org, "7:100,0:50");
        fixtures.stayDiscount(org, 2, BigDecimal.TEN);
        fixtures.charge(org, "VAT", "percent_included", null, BigDecimal.TEN);
        Item suite = fixtures.item(org, "Suite", 125_000);
        Item seaRoom = fixtures.item(org, "Sea Room");
        String reference = fixtures.reference(fixtures.paidBooking(org, seaRoom, JAN_1, JAN_3));
        String stay = "?check_in=" + JAN_1 + "&checkout=" + JAN_3;
        pages = List.of(
                "/" + org.identifier() + "/rooms" + stay,
                "/" + org.identifier() + "/rooms/" + suite.id() + stay,
                "/" + org.identifier() + "/bookings/" + reference + "?token=" + fixtures.bookingColumn(org, reference, "access_token"),
                "/login.xhtml",
                "/signup.xhtml",
                "/forgot-password.xhtml",
                "/no-such-organisation/rooms");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "de", "fr", "pt"})
    void everyPublicPageSpeaksTheChosenLanguageWithoutARawKey(String language) {
        SoftAssertions softly = new SoftAssertions();
        StringBuilder everything = new StringBuilder();
        for (String page : pages) {
            Exchange answer = http.get(page).header("Cookie", "bookspace_language=" + language).send();
            Document html = Jsoup.parse(answer.body());
            String text = String.join(" ", html.title(), html.text(), String.join(" ", html.select("[aria-label]").eachAttr("aria-label")),
                    String.join(" ", html.select("[placeholder]").eachAttr("placeholder")));
            everything.append(text).append('\n');
            softly.assertThat(answer.status()).as(page).isIn(200, 404);
            softly.assertThat(html.selectFirst("html").attr("lang")).as("lang of %s", page).isEqualTo(language);
            softly.assertThat(answer.body()).as("raw keys on %s", page).doesNotContain("???");
            if (!language.equals("en")) {
                for (String english : ENGLISH) {
                    softly.assertThat(text).as("%s in %s", page, language).doesNotContain(english);
                }
            }
        }
        Document notFound = Jsoup.parse(http.get("/no-such-organisation/rooms").header("Cookie", "bookspace_language=" + language)
                .send().body());
        softly.assertThat(notFound.select("[data-role=language-pt]").attr("href")).as("the switcher on an error page")
                .endsWith("/language/pt?back=%2Fno-such-organisation%2Frooms");
        softly.assertThat(everything).as("the pages in %s", language).contains(OWN.get(language));
        if (language.equals("en")) {
            softly.assertThat(everything).as("the English pages, as the other languages' must not read").contains(ENGLISH);
        }
        softly.assertAll();
    }
}
