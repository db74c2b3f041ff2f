package dev.bookspace.operations;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import jakarta.resource.ResourceException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import javax.transaction.xa.XAException;
import org.junit.jupiter.api.Test;

class DatabaseUnavailableTest {

    @Test
    void aRefusedConnectionDeepInsideTheContainersWrappersIsUnavailable() {
        SQLException refused = new SQLException("Connection to 127.0.0.1:5432 refused", "08001");
        Throwable wrapped = new EJBException(new PersistenceException("Exception [EclipseLink-4002]",
                new SQLException("IJ031084: Unable to create connection", new ResourceException("IJ031084", refused))));

        assertThat(DatabaseUnavailable.causes(wrapped)).isTrue();
    }

    @Test
    void aConnectionCutByARestartingServerIsUnavailable() {
        assertThat(DatabaseUnavailable.causes(new PersistenceException(
                new SQLException("terminating connection due to administrator command", "57P01")))).isTrue();
        assertThat(DatabaseUnavailable.causes(new SQLException("the database system is starting up", "57P03"))).isTrue();
        assertThat(DatabaseUnavailable.causes(new SQLException("An I/O error occurred while sending to the backend.", "08006")))
                .isTrue();
    }

    @Test
    void aCommitThatFailedBecauseTheConnectionWasCutIsUnavailable() {
        // Narayana's RollbackException carries the resource's failure as suppressed, not as its cause.
        Exception couldNotCommit = new Exception("ARJUNA016053: Could not commit transaction.");
        couldNotCommit.addSuppressed(new ResourceException("SQLException",
                new SQLException("FATAL: terminating connection due to administrator command", "57P01")));

        assertThat(DatabaseUnavailable.causes(new EJBException(couldNotCommit))).isTrue();
    }

    @Test
    void aPoolWithNoConnectionFreeWithinItsTimeoutIsUnavailable() {
        assertThat(DatabaseUnavailable.causes(new EJBException(new SQLException("IJ031019",
                new ResourceException("IJ000655: No managed connections available within configured blocking timeout"))))).isTrue();
    }

    @Test
    void aTransactionManagerThatCannotReachTheDatabaseIsUnavailable() {
        assertThat(DatabaseUnavailable.causes(new EJBException(new XAException(XAException.XAER_RMFAIL)))).isTrue();
        assertThat(DatabaseUnavailable.causes(new EJBException(new XAException(XAException.XAER_PROTO)))).isFalse();
    }

    @Test
    void ordinaryBugsAndRefusedDataAreNot() {
        assertThat(DatabaseUnavailable.causes(new EJBException(new NullPointerException()))).isFalse();
        assertThat(DatabaseUnavailable.causes(new PersistenceException(new SQLException("syntax error at or near", "42601"))))
                .isFalse();
        assertThat(DatabaseUnavailable.causes(new SQLIntegrityConstraintViolationException("duplicate key", "23505"))).isFalse();
        assertThat(DatabaseUnavailable.causes(new SQLException("no state"))).isFalse();
        assertThat(DatabaseUnavailable.causes(null)).isFalse();
    }

    @Test
    void aCauseChainThatLoopsEnds() {
        RuntimeException first = new RuntimeException();
        RuntimeException second = new RuntimeException(first);
        first.initCause(second);

        assertThat(DatabaseUnavailable.causes(first)).isFalse();
    }
}
