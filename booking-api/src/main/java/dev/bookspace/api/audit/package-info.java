/** The audit log over the API: read-only, a page at a time. */
package dev.bookspace.api.audit;
