/** What every page shares: the public URL routing and the response helpers. */
package dev.bookspace.web.shared;
