package dev.bookspace.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReplayLimitsTest {

    @Test
    void anOrganisationReplaysTenAMinuteWithoutTouchingAnothersShare() {
        ReplayLimits limits = new ReplayLimits();
        for (int replay = 1; replay <= ReplayLimits.PER_MINUTE; replay++) {
            assertThat(limits.retryAfter(1)).as("replay %d", replay).isEmpty();
        }

        assertThat(limits.retryAfter(1).orElseThrow()).isBetween(1L, 60L);
        assertThat(limits.retryAfter(2)).isEmpty();
    }
}
