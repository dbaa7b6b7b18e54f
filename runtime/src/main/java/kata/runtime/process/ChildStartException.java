package kata.runtime.process;

/**
 * A child JVM did not come up: it died while starting, never said where it listens, or never
 * became healthy. The message carries the reason and the last lines of its log, because that
 * is where the real cause (a stack trace, "Address already in use") usually is.
 */
public final class ChildStartException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    ChildStartException(String message) {
        super(message);
    }

    ChildStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
