package dev.bookspace.shared;

import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import java.time.Duration;

/**
 * How a job that sends (mail, webhooks) runs again: once, a pause after its last run ended, so a run
 * waiting on a slow server delays the next instead of overlapping it. Not kept across restarts: the
 * job schedules its first run when it starts.
 */
public final class NextRun {

    private NextRun() {
    }

    public static void after(TimerService timers, Duration pause) {
        TimerConfig config = new TimerConfig();
        config.setPersistent(false);
        timers.createSingleActionTimer(pause.toMillis(), config);
    }
}
