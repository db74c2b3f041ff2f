package dev.bookspace.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bookspace.identity.AccountService.SignIn;
import dev.bookspace.testing.AtOnce;
import dev.bookspace.testing.Fixtures;
import dev.bookspace.testing.Fixtures.Organisation;
import dev.bookspace.testing.FullStack;
import jakarta.enterprise.inject.spi.CDI;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Sign-in and mailed links inside the server, attacked as a script would: many requests at once. */
@FullStack
class AccountAttacksIT {

    private static final int AT_ONCE = 10;


    @RegisterExtension
    final Fixtures fixtures = Fixtures.inContainer();

    // Looked up, not injected: Arquillian's enrichers sit in the EAR's lib/ and miss the web module's beans.
    private AccountService accounts;
    private Organisation org;
    private String owner;

    @BeforeEach
    void anOwner() {
        accounts = CDI.current().select(AccountService.class).get();
        org = fixtures.organisation("Harbour House");
        owner = fixtures.user(org, "owner", true);
    }

    @Test
    void tenWrongPasswordsSentAtOnceAllCountAndLockTheAccount() throws Exception {
        List<SignIn> answers = AtOnce.run(AT_ONCE, attempt -> accounts.signIn(owner, "wrong guess number " + attempt));

        assertThat(answers).allMatch(SignIn.Refused.class::isInstance);
        assertThat(accounts.signIn(owner, Fixtures.PASSWORD)).as("locked, even for the right password")
                .isInstanceOf(SignIn.Refused.class);
        assertThat(fixtures.userColumn(owner, "locked_until")).isNotNull();
    }

    @Test
    void aResetLinkSpentByTenRequestsAtOnceSetsOnePassword() throws Exception {
        String link = fixtures.resetLink(org, owner);

        List<Boolean> spent = AtOnce.run(AT_ONCE, attempt -> accounts.resetPassword(link, "new password number " + attempt));

        assertThat(spent).containsOnlyOnce(true);
        int winner = spent.indexOf(true);
        assertThat(accounts.signIn(owner, "new password number " + winner)).isInstanceOf(SignIn.Accepted.class);
    }

    @Test
    void anOlderResetLinkIsWorthNothingOnceANewerOneIsUsed() {
        String older = fixtures.resetLink(org, owner);
        String newer = fixtures.resetLink(org, owner);

        assertThat(accounts.resetPassword(newer, "the newer link's password")).isTrue();

        assertThat(accounts.resetPassword(older, "the older link's password")).isFalse();
        assertThat(accounts.signIn(owner, "the newer link's password")).isInstanceOf(SignIn.Accepted.class);
    }
}
