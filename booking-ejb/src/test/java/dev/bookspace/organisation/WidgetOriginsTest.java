package dev.bookspace.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.bookspace.shared.InvalidRequestException;
import dev.bookspace.shared.InvalidRequestException.FieldProblem;
import org.junit.jupiter.api.Test;

class WidgetOriginsTest {

    @Test
    void keepsEachSiteAsTheBrowserNamesItsOrigin() {
        WidgetOrigins origins = WidgetOrigins.parse("""
                HTTPS://Harbour-House.example/
                https://harbour-house.example:443, http://localhost:8123
                  https://book.harbour-house.example:8443
                """);

        assertThat(origins.origins()).containsExactly("https://harbour-house.example", "http://localhost:8123",
                "https://book.harbour-house.example:8443");
        assertThat(origins.frameAncestors())
                .isEqualTo("https://harbour-house.example http://localhost:8123 https://book.harbour-house.example:8443");
    }

    @Test
    void noSitesFrameNothing() {
        assertThat(WidgetOrigins.parse("  \n ").frameAncestors()).isEqualTo("'none'");
    }

    @Test
    void refusesPathsWildcardsAndWhatIsNotAWebSite() {
        assertThatThrownBy(() -> WidgetOrigins.parse("https://harbour-house.example/book"))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("https://harbour-house.example/book: give the site without a path, as https://harbour-house.example; "
                        + "the browser tells the widget only which site it is on.");
        assertThatThrownBy(() -> WidgetOrigins.parse("https://*.harbour-house.example"))
                .hasMessageStartingWith("https://*.harbour-house.example: list each site by its own address");
        for (String notASite : new String[] {"harbour-house.example", "ftp://harbour-house.example", "https://me@site.example",
                "javascript:alert(1)", "https://site.example:99999", "'none'", "https://[::1]:8080"}) {
            assertThatThrownBy(() -> WidgetOrigins.parse(notASite)).as(notASite)
                    .hasMessage(notASite + " is not a site's address: write it as https://your-site.example, "
                            + "with a port only when it has one (https://your-site.example:8443).");
        }
    }

    @Test
    void refusesMoreThanTwentySites() {
        StringBuilder many = new StringBuilder();
        for (int site = 0; site <= WidgetOrigins.MOST; site++) {
            many.append("https://site").append(site).append(".example\n");
        }
        assertThatThrownBy(() -> WidgetOrigins.parse(many.toString())).hasMessage("List at most 20 sites.");
    }

    @Test
    void eachSiteRefusedIsAProblemOfItsOwnWithTheKeyAPageWordsItBy() {
        InvalidRequestException refusal = catchThrowableOfType(
                () -> WidgetOrigins.parse("https://*.site.example\nhttps://ok.example\nhttps://site.example/book"),
                InvalidRequestException.class);

        assertThat(refusal.problems()).extracting(FieldProblem::field).containsExactly("origins", "origins");
        assertThat(refusal.problems()).extracting(problem -> problem.wording().key())
                .containsExactly("widget.origins.wildcard", "widget.origins.path");
        assertThat(refusal.problems().get(1).wording().arguments()).containsExactly("https://site.example/book", "https://site.example");
    }
}
