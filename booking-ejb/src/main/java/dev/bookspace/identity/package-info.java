/** Identity: staff accounts and their invitations, sign-up, password checks with lockout, and e-mail links. */
package dev.bookspace.identity;
