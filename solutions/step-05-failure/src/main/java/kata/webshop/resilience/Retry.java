package kata.webshop.resilience;

import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Duration;
import java.util.function.Supplier;
import kata.webshop.recommendations.RecommendationsUnavailable;

/**
 * Tries a failed read again: at most {@code maxAttempts} attempts, never starting one that the
 * {@code budget} cannot hold, waiting between 0 and min({@code cap}, {@code base} x 2^(n-1))
 * before attempt n+1 - exponential backoff with full jitter - with Resilience4j's retry.
 *
 * <p>Full jitter in Resilience4j's terms: its randomized interval is the interval +/- 100 %, so
 * half of our ceiling as its interval gives a wait anywhere between 0 and the ceiling.
 */
public final class Retry {

    /** When the call on this thread must have given up; a retry runs on the caller's thread. */
    private static final ThreadLocal<Long> DEADLINE = new ThreadLocal<>();

    private final io.github.resilience4j.retry.Retry retry;
    private final Duration cap;
    private final Duration budget;

    public Retry(int maxAttempts, Duration base, Duration cap, Duration budget) {
        this.cap = cap;
        this.budget = budget;
        this.retry = io.github.resilience4j.retry.Retry.of("recommendations", RetryConfig.custom()
                .maxAttempts(maxAttempts)
                .intervalFunction(IntervalFunction.ofExponentialRandomBackoff(base.dividedBy(2), 2.0, 1.0,
                        cap.dividedBy(2)))
                // a read that was made and failed, while the longest wait still fits the budget;
                // never a CallNotMade: the breaker or the bulkhead refused it, nothing failed
                .retryOnException(failure -> failure instanceof RecommendationsUnavailable && budgetHoldsAnotherTry())
                .build());
    }

    public <T> T call(Supplier<T> call) {
        DEADLINE.set(System.nanoTime() + budget.toNanos());
        try {
            return retry.executeSupplier(call);
        } finally {
            DEADLINE.remove();
        }
    }

    private boolean budgetHoldsAnotherTry() {
        Long deadline = DEADLINE.get();
        return deadline != null && System.nanoTime() + cap.toNanos() < deadline;
    }
}
