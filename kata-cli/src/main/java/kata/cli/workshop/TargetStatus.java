package kata.cli.workshop;

/** Where a target stands, as far as the last test run knows. */
public enum TargetStatus {
    /** Green: done. */
    PASSED,
    /** Red: the test ran and failed. */
    RED,
    /** The test did not run to a verdict: an assumption was not met (nginx missing, say) or it is disabled. */
    SKIPPED,
    /** The tests of this step have not run since this target appeared. */
    NOT_RUN;

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
