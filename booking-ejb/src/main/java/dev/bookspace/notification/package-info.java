/** Notifications: the e-mails a booking sends to its guest and its organisation. */
package dev.bookspace.notification;
