package dev.bookspace.identity;

import dev.bookspace.notification.MailOutbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Mails verification, password reset and invitation links by queueing them in the transaction that
 * stores the token they carry: the link is mailed only if the token is committed, and then surely.
 */
@ApplicationScoped
public class AccountMailer {

    @Inject
    private MailOutbox outbox;

    void onVerification(@Observes VerificationMail verification) {
        outbox.queue(verification.to(), "Confirm your e-mail address for Bookspace", """
                Hello %s,

                please confirm your e-mail address to open your Bookspace dashboard:

                %s

                The link works once, within %d hours. If you did not sign up, ignore this message.
                """.formatted(verification.name(), verification.link(), AccountService.VERIFICATION_HOURS));
    }

    void onAccountExists(@Observes AccountExistsMail exists) {
        outbox.queue(exists.to(), "You already have a Bookspace account", """
                Hello %s,

                someone, perhaps you, tried to sign up for Bookspace with this address, which already has
                an account. Sign in here:

                %s

                If you have forgotten your password, ask for a new one here:

                %s

                If it was not you, ignore this message: nothing was created or changed.
                """.formatted(exists.name(), exists.signInLink(), exists.resetLink()));
    }

    void onPasswordReset(@Observes PasswordResetMail reset) {
        outbox.queue(reset.to(), "Reset your Bookspace password", """
                Hello %s,

                to choose a new password for your Bookspace dashboard, open:

                %s

                The link works once, within %d minutes. If you did not ask for it, ignore this message;
                your password stays as it is.
                """.formatted(reset.name(), reset.link(), AccountService.RESET_MINUTES));
    }

    void onInvitation(@Observes InvitationMail invitation) {
        outbox.queue(invitation.to(), invitation.invitedBy() + " invites you to " + invitation.organisationName() + " on Bookspace", """
                Hello %s,

                %s invites you to run %s on Bookspace, as %s. Choose your password here:

                %s

                The link works once, within %d days. Then sign in with this address and that password.
                If you did not expect this, ignore this message.
                """.formatted(invitation.name(), invitation.invitedBy(), invitation.organisationName(),
                invitation.owner() ? "an owner" : "staff", invitation.link(), StaffService.INVITATION_DAYS));
    }
}
