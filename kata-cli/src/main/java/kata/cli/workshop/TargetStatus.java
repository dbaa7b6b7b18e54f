package kata.cli.workshop;

import kata.runtime.results.MethodRuns;

/** Where a target stands, as far as the last test run knows. */
public enum TargetStatus {
    /** Green: every case of it passed. */
    PASSED,
    /** Red: at least one case ran and failed. */
    RED,
    /** No case failed, but not all ran to a verdict: an assumption was not met (nginx missing, say) or it is disabled. */
    SKIPPED,
    /** The tests of this step have not run since this target appeared. */
    NOT_RUN;

    /** How all the runs of one target add up: one failed case makes it red. */
    static TargetStatus of(MethodRuns runs) {
        return fromOutcome(runs.outcome());
    }

    /** The outcome strings testkit writes into results.json. */
    static TargetStatus fromOutcome(String outcome) {
        return switch (outcome == null ? "" : outcome) {
            case "passed" -> PASSED;
            case "failed" -> RED;
            case "aborted", "skipped" -> SKIPPED;
            default -> NOT_RUN;
        };
    }
}
