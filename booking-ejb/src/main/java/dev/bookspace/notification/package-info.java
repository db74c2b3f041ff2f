/**
 * Notifications: the e-mails a booking sends to its guest and its organisation, and the mail outbox
 * every e-mail leaves through.
 */
package dev.bookspace.notification;
