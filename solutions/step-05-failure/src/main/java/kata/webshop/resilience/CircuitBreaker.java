package kata.webshop.resilience;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig.SlidingWindowType;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Stops calling a service that keeps failing, and tries it again later: CLOSED, OPEN (no call,
 * {@link CallNotMade} at once), then HALF_OPEN (one probe) - here with Resilience4j's breaker,
 * what an expert ships. The README shows the state machine written by hand, to understand first.
 *
 * <p>"{@code failureThreshold} failures in a row" in Resilience4j's terms: a window of the last
 * {@code failureThreshold} calls, opened when all of them failed (a rate of 100 %). One success
 * in the window keeps it closed, as a success resets the count of a hand-written breaker.
 */
public final class CircuitBreaker {

    public enum State { CLOSED, OPEN, HALF_OPEN }

    private final io.github.resilience4j.circuitbreaker.CircuitBreaker breaker;

    public CircuitBreaker(int failureThreshold, Duration openFor) {
        this.breaker = io.github.resilience4j.circuitbreaker.CircuitBreaker.of("recommendations",
                CircuitBreakerConfig.custom()
                        .slidingWindowType(SlidingWindowType.COUNT_BASED)
                        .slidingWindowSize(failureThreshold)
                        .minimumNumberOfCalls(failureThreshold)
                        .failureRateThreshold(100)
                        .waitDurationInOpenState(openFor)
                        .permittedNumberOfCallsInHalfOpenState(1) // one probe, not a stampede
                        .ignoreExceptions(CallNotMade.class)      // a full bulkhead is not the service failing
                        .build());
    }

    public <T> T call(Supplier<T> call) {
        try {
            return breaker.executeSupplier(call);
        } catch (CallNotPermittedException open) {
            throw new CallNotMade("the recommendations circuit breaker is " + breaker.getState());
        }
    }

    public State state() {
        return switch (breaker.getState()) {
            case OPEN, FORCED_OPEN -> State.OPEN;
            case HALF_OPEN -> State.HALF_OPEN;
            default -> State.CLOSED;
        };
    }
}
