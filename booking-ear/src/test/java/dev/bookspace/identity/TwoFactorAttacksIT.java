package dev.bookspace.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bookspace.identity.AccountService.SignIn;
import dev.bookspace.identity.SignInCodes.Check;
import dev.bookspace.tenancy.Role;
import dev.bookspace.tenancy.Scope;
import dev.bookspace.testing.Authenticator;
import dev.bookspace.testing.AtOnce;
import dev.bookspace.testing.Fixtures;
import dev.bookspace.testing.Fixtures.Organisation;
import dev.bookspace.testing.FullStack;
import jakarta.enterprise.inject.spi.CDI;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The sign-in's second step inside the server, attacked as a script would: the same code, or many guesses, at once. */
@FullStack
class TwoFactorAttacksIT {

    private static final int AT_ONCE = 10;


    @RegisterExtension
    final Fixtures fixtures = Fixtures.inContainer();

    private SignInCodes codes;
    private AccountService accounts;
    private String staff;
    private long userId;
    private Authenticator app;
    private List<String> recoveryCodes;

    @BeforeEach
    void aStaffMemberWithTwoFactorSignIn() throws InterruptedException {
        codes = CDI.current().select(SignInCodes.class).get();
        accounts = CDI.current().select(AccountService.class).get();
        TwoFactorService twoFactor = CDI.current().select(TwoFactorService.class).get();
        Organisation org = fixtures.organisation("Harbour House");
        staff = fixtures.user(org, "staff", true);
        userId = Long.parseLong(fixtures.userColumn(staff, "id"));
        Scope scope = new Scope(org.id(), userId, EnumSet.of(Role.STAFF));
        app = Authenticator.withKey(twoFactor.beginEnrolment(scope).secret());
        recoveryCodes = twoFactor.confirmEnrolment(scope, app.freshCode());
    }

    @Test
    void aCodeSentTenTimesAtOnceSignsInOnce() throws Exception {
        String code = app.freshCode();

        List<Check> answers = AtOnce.run(AT_ONCE, attempt -> codes.check(userId, code));

        // One signs in; the others are refused as a replay, or as locked once enough of them have counted.
        assertThat(answers).filteredOn(Check.Accepted.class::isInstance).hasSize(1);
        assertThat(answers).allMatch(answer -> !(answer instanceof Check.Wrong));
        assertThat(codes.check(userId, code)).isNotInstanceOf(Check.Accepted.class);
    }

    @Test
    void aRecoveryCodeSentTenTimesAtOnceSignsInOnce() throws Exception {
        String recoveryCode = recoveryCodes.get(3);

        List<Check> answers = AtOnce.run(AT_ONCE, attempt -> codes.check(userId, recoveryCode));

        assertThat(answers).filteredOn(Check.Accepted.class::isInstance).hasSize(1);
        assertThat(codes.check(userId, recoveryCode)).isNotInstanceOf(Check.Accepted.class);
    }

    @Test
    void tenWrongCodesSentAtOnceAllCountAndLockTheAccount() throws Exception {
        List<Check> answers = AtOnce.run(AT_ONCE, attempt -> codes.check(userId, app.expiredCode()));

        assertThat(answers).noneMatch(Check.Accepted.class::isInstance);
        assertThat(codes.check(userId, app.freshCode())).as("locked, even for the right code").isInstanceOf(Check.Locked.class);
        assertThat(accounts.signIn(staff, Fixtures.PASSWORD)).isInstanceOf(SignIn.Refused.class);
    }

    @Test
    void aRightPasswordDoesNotStartTheCountAgainUntilTheCodeIsRight() throws Exception {
        for (int round = 0; round < 2; round++) {
            assertThat(accounts.signIn(staff, Fixtures.PASSWORD)).isInstanceOf(SignIn.Accepted.class);
            assertThat(codes.check(userId, app.expiredCode())).isInstanceOf(Check.Wrong.class);
        }
        // Two passwords and two wrong codes so far: a fifth try locks.
        assertThat(codes.check(userId, app.expiredCode())).isInstanceOf(Check.Wrong.class);
        assertThat(codes.check(userId, app.freshCode())).isInstanceOf(Check.Locked.class);
    }
}
