package dev.bookspace.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuditFieldsTest {

    private static AuditFields booking(String status, String guestName, String email) {
        return AuditFields.of().put("status", status).put("guests", 2).hidden("guest_name", guestName).hidden("guest_email", email);
    }

    @Test
    void onlyTheChangedFieldsAreKeptBeforeAndAfter() {
        AuditFields.Diff diff = AuditFields.diff(booking("paid", "Ada", "ada@example.org"),
                booking("cancelled", "Ada", "ada@example.org"));

        assertThat(diff.before()).isEqualTo("{\"status\":\"paid\"}");
        assertThat(diff.after()).isEqualTo("{\"status\":\"cancelled\"}");
    }

    @Test
    void aGuestsPersonalDataIsRecordedAsChangedNeverByValue() {
        AuditFields.Diff diff = AuditFields.diff(booking("paid", "Ada Lovelace", "ada@example.org"),
                booking("paid", "Anonymised guest", ""));

        assertThat(diff.changed()).isEqualTo(2);
        assertThat(diff.before() + diff.after()).doesNotContain("Ada", "ada@example.org", "Anonymised guest")
                .contains("guest_name", "guest_email", AuditFields.NOT_RECORDED);
    }

    @Test
    void somethingCreatedHasNoBeforeAndItsPersonalDataIsNotRecorded() {
        AuditFields.Diff diff = AuditFields.diff(null, booking("unpaid", "Ada Lovelace", "ada@example.org"));

        assertThat(diff.before()).isNull();
        assertThat(diff.after()).contains("\"status\":\"unpaid\"", "\"guests\":2").doesNotContain("Ada", "ada@");
    }

    @Test
    void anUnchangedSaveChangesNothing() {
        assertThat(AuditFields.diff(booking("paid", "Ada", "a@b.c"), booking("paid", "Ada", "a@b.c")).changed()).isZero();
    }

    @Test
    void anEventReadsAsOneLinePerChangedField() {
        AuditFields.Diff diff = AuditFields.diff(booking("paid", "Ada", "a@b.c"), booking("cancelled", "Bea", "a@b.c"));
        AuditEventRow row = new AuditEventRow(1, null, "person", 7L, "owner@example.org", "booking", "BK-1", "BK-1",
                "booking.cancelled", diff.before(), diff.after());

        assertThat(row.changesText()).isEqualTo("status: paid -> cancelled\nguest_name: changed (not recorded)");
    }
}
