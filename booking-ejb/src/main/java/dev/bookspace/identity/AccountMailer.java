package dev.bookspace.identity;

import dev.bookspace.notification.MailSender;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/** Mails verification, password reset and invitation links, only once the token they carry is committed. */
@ApplicationScoped
public class AccountMailer {

    @Inject
    private MailSender mail;

    void onVerification(@Observes(during = TransactionPhase.AFTER_SUCCESS) VerificationMail verification) {
        mail.send(verification.to(), "Confirm your e-mail address for Bookspace", """
                Hello %s,

                please confirm your e-mail address to open your Bookspace dashboard:

                %s

                The link works once, within %d hours. If you did not sign up, ignore this message.
                """.formatted(verification.name(), verification.link(), AccountService.VERIFICATION_HOURS));
    }

    void onPasswordReset(@Observes(during = TransactionPhase.AFTER_SUCCESS) PasswordResetMail reset) {
        mail.send(reset.to(), "Reset your Bookspace password", """
                Hello %s,

                to choose a new password for your Bookspace dashboard, open:

                %s

                The link works once, within %d minutes. If you did not ask for it, ignore this message;
                your password stays as it is.
                """.formatted(reset.name(), reset.link(), AccountService.RESET_MINUTES));
    }

    void onInvitation(@Observes(during = TransactionPhase.AFTER_SUCCESS) InvitationMail invitation) {
        mail.send(invitation.to(), invitation.invitedBy() + " invites you to " + invitation.organisationName() + " on Bookspace", """
                Hello %s,

                %s invites you to run %s on Bookspace, as %s. Choose your password here:

                %s

                The link works once, within %d days. Then sign in with this address and that password.
                If you did not expect this, ignore this message.
                """.formatted(invitation.name(), invitation.invitedBy(), invitation.organisationName(),
                invitation.owner() ? "an owner" : "staff", invitation.link(), StaffService.INVITATION_DAYS));
    }
}
