/** Full-stack tests of the mail every booking and account sends through the outbox. */
package dev.bookspace.notification;
