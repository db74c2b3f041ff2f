/** Signing in to the dashboard: Jakarta Security, the sign-up, login and e-mail verification pages. */
package dev.bookspace.web.identity;
