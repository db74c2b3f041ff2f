package dev.bookspace.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bookspace.testing.Browser;
import dev.bookspace.testing.Fixtures;
import dev.bookspace.testing.FullStack;
import java.time.Duration;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Many failed sign-ins from one address, across any accounts, are slowed and then refused for a while. */
@FullStack
@RunAsClient
class SignInThrottleBrowserIT {

    /** As arquillian.xml sets it: a second in production. */
    private static final Duration SLOWDOWN_STEP = Duration.ofMillis(250);

    @RegisterExtension
    final Fixtures fixtures = Fixtures.overJdbc();

    @Test
    void anAddressTryingManyAccountsIsSlowedThenRefusedEvenTheRightPassword() {
        String realUser = fixtures.user(fixtures.organisation("Harbour House"), "owner", true);
        try (Browser browser = Browser.open().visit("/login.xhtml")) {
            for (int attempt = 1; attempt <= 10; attempt++) {
                signInAsSomeoneUnknown(browser);
                assertThat(browser.text("[data-role=login-error]")).contains("do not match an account");
            }
            long started = System.nanoTime();
            signInAsSomeoneUnknown(browser);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(SLOWDOWN_STEP);

            for (int attempt = 12; attempt <= 20; attempt++) {
                signInAsSomeoneUnknown(browser);
            }
            browser.signIn(realUser, Fixtures.PASSWORD);
            browser.waitUntil(page -> page.text("[data-role=login-error]")
                    .equals("Too many failed sign-ins from your network: please try again in 15 minutes."));
            assertThat(browser.currentPath()).startsWith("/login.xhtml");
        }
    }

    private static void signInAsSomeoneUnknown(Browser browser) {
        browser.signIn("nobody-" + UUID.randomUUID() + "@example.org", "not the password at all");
        browser.waitUntil(page -> page.currentPath().startsWith("/login.xhtml") && !page.text("[data-role=login-error]").isEmpty());
    }
}
