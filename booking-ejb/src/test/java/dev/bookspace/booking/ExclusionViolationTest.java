package dev.bookspace.booking;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class ExclusionViolationTest {

    @Test
    void recognisesTheExclusionConstraintRefusingAnOverlap() {
        assertThat(ExclusionViolation.causedBy(wrapped(new SQLException(
                "ERROR: conflicting key value violates exclusion constraint \"booking_items_no_overlap\"", "23P01")))).isTrue();
    }

    @Test
    void recognisesADeadlockBetweenTwoOverlappingInsertsAsTheSameRefusal() {
        assertThat(ExclusionViolation.causedBy(wrapped(new SQLException("""
                ERROR: deadlock detected
                  Detail: Process 31693 waits for ShareLock on transaction 144005; blocked by process 31691.
                  Where: while checking exclusion constraint on tuple (14187,32) in relation "booking_items\"""", "40P01"))))
                .isTrue();
    }

    @Test
    void namesTheItemWhoseNightsWereTakenFromTheDetailOfTheRefusal() {
        assertThat(ExclusionViolation.conflictingItem(wrapped(new SQLException("""
                ERROR: conflicting key value violates exclusion constraint "booking_items_no_overlap"
                  Detail: Key (organisation_id, item_id, date_range)=(7, 42, [2027-01-01,2027-01-03)) conflicts with \
                existing key (organisation_id, item_id, date_range)=(7, 42, [2027-01-02,2027-01-04)).""", "23P01"))))
                .hasValue(42);
        assertThat(ExclusionViolation.conflictingItem(wrapped(new SQLException("""
                ERROR: conflicting key value violates exclusion constraint "booking_items_no_overlap"
                  Detail: Key (organisation_id, item_id, unit, date_range)=(7, 43, 2, [2027-01-01,2027-01-03)) conflicts with \
                existing key (organisation_id, item_id, unit, date_range)=(7, 43, 2, [2027-01-02,2027-01-04)).""", "23P01"))))
                .as("a room of several units").hasValue(43);
        assertThat(ExclusionViolation.conflictingItem(wrapped(new SQLException("ERROR: deadlock detected", "40P01")))).isEmpty();
    }

    @Test
    void leavesOtherFailuresAlone() {
        assertThat(ExclusionViolation.causedBy(wrapped(new SQLException("ERROR: deadlock detected", "40P01")))).isFalse();
        assertThat(ExclusionViolation.causedBy(wrapped(new SQLException("ERROR: duplicate key value", "23505")))).isFalse();
        assertThat(ExclusionViolation.causedBy(new PersistenceException("no SQL cause"))).isFalse();
    }

    private static PersistenceException wrapped(SQLException sql) {
        return new PersistenceException("Exception [EclipseLink-4002]", new RuntimeException("Internal Exception", sql));
    }
}
