package dev.bookspace.operations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bookspace.testing.ApiClient;
import dev.bookspace.testing.ApiClient.Exchange;
import dev.bookspace.testing.FullStack;
import dev.bookspace.testing.Pages;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

/**
 * A server reached directly, as the tests' is (BOOKING_PROXY_ADDRESS_FORWARDING off, the default), believes no
 * X-Forwarded-* header a client sends: not the address the per-network limits count (X-Forwarded-For), nor the
 * host and scheme it writes into its own links (X-Forwarded-Host, -Proto), which the same listener switch turns
 * on together. Seen here in the address a sign-in redirect names.
 */
@FullStack
@RunAsClient
class ForwardedHeadersIT {

    @Test
    void aClientsForwardedHeadersChangeNothingOnAServerReachedDirectly() {
        Exchange redirect = new ApiClient(Pages.BASE_URL).get("/dashboard/")
                .header("X-Forwarded-For", "203.0.113.9")
                .header("X-Forwarded-Host", "proxy.example")
                .header("X-Forwarded-Proto", "https")
                .send();

        assertThat(redirect.status() / 100).as("a redirect to sign in").isEqualTo(3);
        assertThat(redirect.header("Location")).hasValueSatisfying(location -> assertThat(location)
                .startsWith(Pages.BASE_URL + "/login.xhtml"));
    }
}
