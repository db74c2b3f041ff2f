package dev.bookspace.operations;

import static org.assertj.core.api.Assertions.assertThat;

import org.jboss.logging.MDC;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The ids a request's log lines carry, and a job's, and that nothing outlives the work it belongs to. */
class LogContextTest {

    @AfterEach
    void clean() {
        LogContext.end();
    }

    @Test
    void aRequestKeepsTheBalancersIdWhenItIsWellFormed() {
        assertThat(LogContext.startRequest("haproxy-7f3a9c21")).isEqualTo("haproxy-7f3a9c21");
        assertThat(MDC.get(LogContext.REQUEST_ID)).isEqualTo("haproxy-7f3a9c21");
    }

    @Test
    void aRequestGetsItsOwnIdInsteadOfOneThatCouldForgeALogLine() {
        String id = LogContext.startRequest("x\nFAKE LINE level=ERROR");

        assertThat(id).matches("[0-9a-f-]{36}");
        assertThat(MDC.get(LogContext.REQUEST_ID)).isEqualTo(id);
    }

    @Test
    void theIncidentIsTheRequestsIdAndEveryLaterLineCarriesIt() {
        String request = LogContext.startRequest(null);
        LogContext.enterOrganisation(42);

        assertThat(LogContext.incident()).isEqualTo(request);
        assertThat(MDC.get(LogContext.INCIDENT_ID)).isEqualTo(request);
        assertThat(MDC.get(LogContext.ORGANISATION_ID)).isEqualTo("42");
    }

    @Test
    void withinARequestTheOrganisationStaysNamedUntilItsEnd() {
        LogContext.startRequest(null);

        assertThat(LogContext.enterOrganisation(42)).isFalse();
        LogContext.end();

        assertThat(MDC.get(LogContext.REQUEST_ID)).isNull();
        assertThat(MDC.get(LogContext.ORGANISATION_ID)).isNull();
        assertThat(MDC.get(LogContext.INCIDENT_ID)).isNull();
    }

    @Test
    void aJobNamesEachOrganisationOnlyForItsOwnCall() {
        assertThat(LogContext.enterOrganisation(7)).as("the outer call leaves it").isTrue();
        assertThat(LogContext.enterOrganisation(7)).as("a nested call does not").isFalse();
        LogContext.leaveOrganisation();

        assertThat(MDC.get(LogContext.ORGANISATION_ID)).isNull();
    }

    @Test
    void anIncidentOutsideARequestStillHasAnId() {
        assertThat(LogContext.incident()).matches("[0-9a-f-]{36}");
    }
}
