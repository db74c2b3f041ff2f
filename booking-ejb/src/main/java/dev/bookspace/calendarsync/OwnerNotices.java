package dev.bookspace.calendarsync;

import dev.bookspace.notification.MailOutbox;
import dev.bookspace.shared.PublicUrls;
import dev.bookspace.tenancy.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** Mails an organisation's owners about its calendar feeds, in the transaction that found the news. */
@ApplicationScoped
class OwnerNotices {

    @Inject
    private MailOutbox outbox;

    @Inject
    private PublicUrls urls;

    void send(EntityManager entityManager, long organisationId, long roomId, String subject, String text) {
        String link = urls.of("/dashboard/room.xhtml?id=" + roomId);
        entityManager.createQuery("SELECT u.email FROM User u WHERE u.organisationId = :organisation AND u.role = :role "
                        + "AND u.invitationPending = false AND u.emailVerifiedAt IS NOT NULL", String.class)
                .setParameter("organisation", organisationId)
                .setParameter("role", Role.OWNER)
                .getResultStream()
                .forEach(owner -> outbox.queue(owner, subject, text + "\n\nThe room's calendars: " + link + "\n"));
    }
}
