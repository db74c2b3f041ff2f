/** The audit log: an append-only record of who changed what in an organisation, written with each change. */
package dev.bookspace.audit;
