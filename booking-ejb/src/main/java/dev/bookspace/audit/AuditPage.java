package dev.bookspace.audit;

import java.util.List;

/**
 * One page of audit events, newest first, and the cursor of the next.
 *
 * @param next an opaque cursor for the next (older) page, or null on the last
 */
public record AuditPage(List<AuditEventRow> events, String next) {
}
