package kata.runtime.results;

/**
 * One test's line in {@code target/kata/results.json}. {@code ./kata} reads these files, so the
 * field names are a contract: add fields, never rename them.
 *
 * @param kind       "exercise" (a target) or "given"
 * @param outcome    "passed", "failed", "aborted" (assumption not met) or "skipped" (disabled)
 * @param redAsExpected true when a starter's target failed in contract mode (the build passed)
 * @param message    first line of the failure, or the skip reason; empty when passed
 */
public record TestResult(
        String className,
        String name,
        String displayName,
        String kind,
        String hint,
        String more,
        String readme,
        String outcome,
        boolean redAsExpected,
        String message,
        long durationMillis) {

    public boolean isExercise() {
        return "exercise".equals(kind);
    }

    public boolean failed() {
        return "failed".equals(outcome);
    }

    /** The first line of a failure's message: what a board or a verdict line has room for. */
    public static String firstLineOf(Throwable failure) {
        String message = String.valueOf(failure.getMessage()).strip();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline).strip();
    }
}
