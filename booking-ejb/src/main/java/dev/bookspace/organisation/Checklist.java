package dev.bookspace.organisation;

import java.io.Serializable;
import java.util.List;

/**
 * A new organisation's getting-started checklist on the dashboard home, each step ticked off by what the owner
 * has done.
 *
 * @param steps in the order an owner takes them
 * @param dismissed whether the owner put the list away
 */
public record Checklist(List<Step> steps, boolean dismissed) implements Serializable {

    public Checklist {
        steps = List.copyOf(steps);
    }

    /**
     * One step.
     *
     * @param key its name in tests and pages, such as {@code add_room}
     * @param title what to do
     * @param hint why, or how
     * @param done whether it is done
     */
    public record Step(String key, String title, String hint, boolean done) implements Serializable {
    }

    /** Shown until every step is done or the owner puts it away. */
    public boolean shown() {
        return !dismissed && steps.stream().anyMatch(step -> !step.done());
    }

    public long doneCount() {
        return steps.stream().filter(Step::done).count();
    }
}
