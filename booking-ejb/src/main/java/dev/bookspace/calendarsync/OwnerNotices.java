package dev.bookspace.calendarsync;

import dev.bookspace.notification.BookingMailer;
import dev.bookspace.notification.MailOutbox;
import dev.bookspace.organisation.Organisation;
import dev.bookspace.shared.Wording;
import dev.bookspace.shared.PublicUrls;
import dev.bookspace.tenancy.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** Mails an organisation's owners about its calendar feeds, in the transaction that found the news, in its default language. */
@ApplicationScoped
class OwnerNotices {

    @Inject
    private MailOutbox outbox;

    @Inject
    private PublicUrls urls;

    /** The owners' words: the organisation's default language ({@code StaffMail*.properties}). */
    Wording words(EntityManager entityManager, long organisationId) {
        return Wording.of(BookingMailer.STAFF_MAIL, entityManager.find(Organisation.class, organisationId).defaultLanguage());
    }

    void send(EntityManager entityManager, long organisationId, long roomId, String subject, String text) {
        String link = words(entityManager, organisationId).text("calendars", urls.of("/dashboard/room.xhtml?id=" + roomId));
        entityManager.createQuery("SELECT u.email FROM User u WHERE u.organisationId = :organisation AND u.role = :role "
                        + "AND u.invitationPending = false AND u.emailVerifiedAt IS NOT NULL", String.class)
                .setParameter("organisation", organisationId)
                .setParameter("role", Role.OWNER)
                .getResultStream()
                .forEach(owner -> outbox.queue(owner, subject, text + "\n\n" + link + "\n"));
    }
}
