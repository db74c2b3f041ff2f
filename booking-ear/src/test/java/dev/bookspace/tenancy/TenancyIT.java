package dev.bookspace.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bookspace.availability.AvailabilityService;
import dev.bookspace.catalog.CatalogService;
import dev.bookspace.testing.Fixtures;
import dev.bookspace.testing.Fixtures.Item;
import dev.bookspace.testing.Fixtures.Organisation;
import dev.bookspace.testing.FullStack;
import dev.bookspace.testing.Stays;
import jakarta.enterprise.inject.spi.CDI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The walls of DESIGN.md section 2, each tested inside the server. */
@FullStack
class TenancyIT {

    @RegisterExtension
    final Fixtures fixtures = Fixtures.inContainer();

    // Looked up, not injected: Arquillian's enrichers sit in the EAR's lib/ and miss the web module's beans.
    private CatalogService catalog;
    private AvailabilityService availability;
    private UnfilteredQueries unfiltered;
    private TwoOrganisationsInOneTransaction twoOrganisations;
    private Organisation ours;
    private Organisation theirs;
    private Item theirLoft;

    @BeforeEach
    void twoOrganisations() {
        catalog = CDI.current().select(CatalogService.class).get();
        availability = CDI.current().select(AvailabilityService.class).get();
        unfiltered = CDI.current().select(UnfilteredQueries.class).get();
        twoOrganisations = CDI.current().select(TwoOrganisationsInOneTransaction.class).get();
        ours = fixtures.organisation("Ours");
        theirs = fixtures.organisation("Theirs");
        Item ourRoom = fixtures.item(ours, "Our Room");
        theirLoft = fixtures.item(theirs, "Their Loft");
        fixtures.paidBooking(ours, ourRoom, Stays.JAN_1, Stays.JAN_3);
        fixtures.paidBooking(theirs, theirLoft, Stays.JAN_1, Stays.JAN_3);
    }

    @Test
    void refusesACallWithoutAScope() {
        assertThatThrownBy(() -> catalog.listItems(null))
                .isInstanceOf(TenancyViolationException.class)
                .hasMessage("CatalogService.listItems must be called with a Scope first.");
        assertThatThrownBy(() -> availability.listAvailableItems(null, Stays.JAN_1, Stays.JAN_3))
                .isInstanceOf(TenancyViolationException.class);
    }

    @Test
    void filtersAQueryThatForgetsTheOrganisation() {
        assertThat(unfiltered.allItemTitles(Scope.guestOf(ours.id()))).containsExactly("Our Room");
        assertThat(unfiltered.allItemTitles(Scope.guestOf(theirs.id()))).containsExactly("Their Loft");
    }

    @Test
    void filtersJoinsThatForgetTheOrganisation() {
        assertThat(unfiltered.allBookedItemTitles(Scope.guestOf(ours.id()))).containsExactly("Our Room");
    }

    @Test
    void anInsertFlushedAtCommitGoesToTheScopesOrganisation() {
        unfiltered.addItemFlushedAtCommit(Scope.guestOf(theirs.id()), "Their New Loft");
        unfiltered.addItemFlushedAtCommit(Scope.guestOf(ours.id()), "Our New Room");

        assertThat(unfiltered.allItemTitles(Scope.guestOf(ours.id()))).containsExactly("Our New Room", "Our Room");
        assertThat(unfiltered.allItemTitles(Scope.guestOf(theirs.id()))).containsExactly("Their Loft", "Their New Loft");
    }

    @Test
    void findsNothingByAnotherOrganisationsId() {
        assertThat(catalog.findItem(Scope.guestOf(theirs.id()), theirLoft.id())).isPresent();
        assertThat(catalog.findItem(Scope.guestOf(ours.id()), theirLoft.id())).isEmpty();
    }

    @Test
    void refusesASecondOrganisationInsideOneTransaction() {
        assertThatThrownBy(() -> twoOrganisations.listItemsOfBoth(Scope.guestOf(ours.id()), Scope.guestOf(theirs.id())))
                .isInstanceOf(TenancyViolationException.class)
                .hasMessageContaining("already bound to organisation " + ours.id());
    }
}
