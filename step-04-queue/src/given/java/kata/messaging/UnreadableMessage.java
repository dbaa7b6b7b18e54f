package kata.messaging;

/** A message no retry can fix: empty, malformed, too large, or of a schema this side does not know. */
public final class UnreadableMessage extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnreadableMessage(String reason) {
        super(reason);
    }
}
