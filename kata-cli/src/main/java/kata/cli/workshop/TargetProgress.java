package kata.cli.workshop;

/**
 * A target and how it stands after the last run of <em>every</em> case of it.
 *
 * @param number      its place in the step, from 1: one number per {@code @Exercise} method
 * @param message     the first line of the first failure, or why it was skipped; empty otherwise
 * @param failingCase the display name of the first failing case of a parameterized or repeated
 *                    target ("a service that answers 500: ..."); empty when it ran once or passed
 * @param casesPassed how many of its runs passed in the last run
 * @param cases       how many runs it had: 1 for a plain test, one per case or repetition; 0 when
 *                    it has not run
 */
public record TargetProgress(int number, Target target, TargetStatus status, String message, String failingCase,
                             int casesPassed, int cases) {

    /** A target that has not run yet. */
    public static TargetProgress notRun(int number, Target target) {
        return new TargetProgress(number, target, TargetStatus.NOT_RUN, "", "", 0, 0);
    }

    /** Green only when every case passed: one red case is a red target. */
    public boolean done() {
        return status == TargetStatus.PASSED;
    }

    /** True for a parameterized or repeated target: the board shows its cases as sub-progress. */
    public boolean hasCases() {
        return cases > 1;
    }

    /** "4/5 cases" */
    public String casesText() {
        return casesPassed + "/" + cases + " cases";
    }
}
