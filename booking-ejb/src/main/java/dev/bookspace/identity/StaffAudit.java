package dev.bookspace.identity;

import dev.bookspace.audit.AuditFields;
import dev.bookspace.audit.AuditSubject;
import java.util.Locale;

/** How the people of an organisation appear in its audit log: by address, with their name and role. */
final class StaffAudit {

    private StaffAudit() {
    }

    static AuditSubject subject(User user) {
        return AuditSubject.of("staff", user.getId(), user.getEmail());
    }

    static AuditFields fields(User user) {
        return AuditFields.of().put("name", user.getName()).put("email", user.getEmail())
                .put("role", user.getRole().name().toLowerCase(Locale.ROOT));
    }
}
