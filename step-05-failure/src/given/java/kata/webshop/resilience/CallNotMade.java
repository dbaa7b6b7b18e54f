package kata.webshop.resilience;

/**
 * A call refused before it was made: the circuit breaker is open, or the bulkhead is full.
 * Nothing failed, so a retry must not try it again (waiting to ask again would only make the
 * page slower), and a circuit breaker must not count it as a failure of the service.
 */
public final class CallNotMade extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CallNotMade(String why) {
        super(why);
    }
}
