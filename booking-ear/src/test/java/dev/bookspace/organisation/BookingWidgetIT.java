package dev.bookspace.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bookspace.shared.InvalidRequestException;
import dev.bookspace.shared.NotFoundException;
import dev.bookspace.tenancy.Role;
import dev.bookspace.tenancy.Scope;
import dev.bookspace.testing.Fixtures;
import dev.bookspace.testing.Fixtures.Organisation;
import dev.bookspace.testing.FullStack;
import jakarta.enterprise.inject.spi.CDI;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The sites an owner lets show the booking widget, inside the server: checked, kept as origins, and audited. */
@FullStack
class BookingWidgetIT {

    @RegisterExtension
    final Fixtures fixtures = Fixtures.inContainer();

    @Test
    void theOwnersSitesAreKeptAsOriginsAndEachChangeIsAudited() {
        Organisation org = fixtures.organisation("Harbour House");
        String ownerEmail = fixtures.user(org, "owner", true);
        Scope owner = new Scope(org.id(), Long.parseLong(fixtures.userColumn(ownerEmail, "id")), EnumSet.of(Role.OWNER));
        WidgetService widget = CDI.current().select(WidgetService.class).get();

        widget.allowOrigins(owner, "HTTPS://Harbour-House.example/\nhttp://localhost:8123");

        assertThat(widget.allowedOrigins(Scope.guestOf(org.id())).origins())
                .containsExactly("https://harbour-house.example", "http://localhost:8123");
        assertThatThrownBy(() -> widget.allowOrigins(owner, "https://harbour-house.example/book"))
                .isInstanceOf(InvalidRequestException.class).hasMessage("https://harbour-house.example/book: give the site "
                        + "without a path, as https://harbour-house.example; the browser tells the widget only which site it is on.");
        assertThatThrownBy(() -> widget.allowOrigins(new Scope(org.id(), owner.userId(), EnumSet.of(Role.STAFF)),
                "https://staff.example")).isInstanceOf(NotFoundException.class);
        widget.allowOrigins(owner, "");

        assertThat(widget.allowedOrigins(Scope.guestOf(org.id())).isEmpty()).isTrue();
        assertThat(fixtures.auditLog(org)).containsExactly(
                "settings.widget_sites_updated by person " + ownerEmail + " on " + org.id()
                        + ": {\"widget_sites\": \"'none'\"} -> {\"widget_sites\": \"https://harbour-house.example http://localhost:8123\"}",
                "settings.widget_sites_updated by person " + ownerEmail + " on " + org.id()
                        + ": {\"widget_sites\": \"https://harbour-house.example http://localhost:8123\"} -> {\"widget_sites\": \"'none'\"}");
    }
}
