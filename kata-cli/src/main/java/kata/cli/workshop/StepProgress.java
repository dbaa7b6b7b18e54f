package kata.cli.workshop;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One step on the board: its targets and how each stands.
 *
 * @param brokenGiven given tests (no {@code @Exercise}) that failed in the last run: they were
 *                    green on the starter, so the learner's change broke something
 * @param lastRun     when the step's tests last finished, if they ever ran
 * @param stale       true when a source file changed after that run: the board may be out of date
 */
public record StepProgress(Step step, List<TargetProgress> targets, List<String> brokenGiven,
                           Optional<Instant> lastRun, boolean stale) {

    public StepProgress {
        targets = List.copyOf(targets);
        brokenGiven = List.copyOf(brokenGiven);
    }

    public int done() {
        return (int) targets.stream().filter(TargetProgress::done).count();
    }

    public int total() {
        return targets.size();
    }

    /** A step with no targets (yet) is neither done nor current: there is nothing to do in it. */
    public boolean hasTargets() {
        return !targets.isEmpty();
    }

    /** Every target green. */
    public boolean complete() {
        return hasTargets() && done() == total();
    }

    /**
     * Done with this step: every target green and no given test broken. The board, the exit
     * codes and {@code ./kata hint} all ask this one question, so they cannot disagree.
     */
    public boolean green() {
        return complete() && brokenGiven.isEmpty();
    }

    /** The first target that is not green yet, in README order. */
    public Optional<TargetProgress> next() {
        return targets.stream().filter(t -> !t.done()).findFirst();
    }
}
