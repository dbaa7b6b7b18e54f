package kata.cli;

/**
 * The learner asked for something that does not exist (a step, a target, a demo): exit code 2,
 * the message, and what would have been valid. Never a stack trace.
 */
public final class UsageError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UsageError(String message) {
        super(message);
    }
}
