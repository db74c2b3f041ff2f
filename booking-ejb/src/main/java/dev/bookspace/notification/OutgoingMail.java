package dev.bookspace.notification;

import java.time.OffsetDateTime;

/**
 * A mail of the outbox, claimed for one attempt.
 *
 * @param attempts how many times it has been tried, this attempt included
 * @param brand how its HTML part looks; null for a plain-text mail
 */
record OutgoingMail(long id, String to, String subject, String text, int attempts, OffsetDateTime createdAt, MailBrand brand) {
}
