/** What every page and API answer shares: security headers, error answers. */
package dev.bookspace.shared;
