package dev.bookspace.organisation;

import static dev.bookspace.testing.Pages.roomsPath;
import static dev.bookspace.testing.Stays.JAN_1;
import static dev.bookspace.testing.Stays.JAN_3;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bookspace.testing.Fixtures;
import dev.bookspace.testing.Fixtures.Organisation;
import dev.bookspace.testing.FullStack;
import dev.bookspace.testing.Pages;
import dev.bookspace.testing.Pages.Page;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * On a cluster, an organisation changed through one node is seen by every other at once: no node answers
 * its public pages or API from what it remembered. Played here by a change this server did not make.
 */
@FullStack
@RunAsClient
class OrganisationChangesIT {

    @RegisterExtension
    final Fixtures fixtures = Fixtures.overJdbc();

    @Test
    void aNewIdentifierNameAndCurrencyMadeOnAnotherNodeAreSeenHereAtOnce() {
        Organisation before = fixtures.organisation("Harbour House");
        fixtures.item(before, "Sea Room");
        Page first = Pages.get(roomsPath(before, JAN_1, JAN_3));
        assertThat(first.text("organisation-name")).isEqualTo("Harbour House");
        assertThat(first.text("nightly-price")).isEqualTo("€120.00");

        Organisation after = fixtures.changedOnAnotherNode(before, "Harbour Hall", "GBP");

        assertThat(Pages.get(roomsPath(before, JAN_1, JAN_3)).status()).isEqualTo(404);
        Page renamed = Pages.get(roomsPath(after, JAN_1, JAN_3));
        assertThat(renamed.text("organisation-name")).isEqualTo("Harbour Hall");
        assertThat(renamed.text("nightly-price")).isEqualTo("£120.00");
    }
}
