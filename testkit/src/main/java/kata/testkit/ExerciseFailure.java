package kata.testkit;

/**
 * A failed target, with the original failure's message and stack trace, and the hint printed
 * underneath, so Maven, the IDE and {@code ./kata} all show the learner where to look next.
 */
public final class ExerciseFailure extends AssertionError {

    private static final long serialVersionUID = 1L;

    private ExerciseFailure(String message, Throwable cause) {
        super(message, cause);
        setStackTrace(cause.getStackTrace());
    }

    static ExerciseFailure withHint(Throwable failure, Exercise exercise, KataMode mode) {
        String original = failure instanceof AssertionError
                ? String.valueOf(failure.getMessage()).strip()
                : failure.toString();
        StringBuilder message = new StringBuilder(original)
                .append(System.lineSeparator()).append(System.lineSeparator())
                .append("  Target not reached yet (").append(mode.moduleLabel()).append(").")
                .append(System.lineSeparator())
                .append("  Hint: ").append(exercise.hint());
        if (!exercise.readme().isBlank()) {
            message.append(System.lineSeparator())
                    .append("  Read: ").append(mode.step()).append("/README.md").append(exercise.readme());
        }
        return new ExerciseFailure(message.toString(), failure);
    }
}
