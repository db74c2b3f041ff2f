/** Identity: staff accounts, sign-up, password checks with lockout, and e-mail verification links. */
package dev.bookspace.identity;
