package kata.webshop.recommendations;

import java.util.List;
import kata.shop.recommendations.Recommendation;
import kata.webshop.resilience.Bulkhead;
import kata.webshop.resilience.CallNotMade;
import kata.webshop.resilience.CircuitBreaker;
import kata.webshop.resilience.ResilienceSettings;
import kata.webshop.resilience.Retry;

/**
 * The recommendation client with its defences, around the HTTP adapter of step 02, in the order
 * that makes them work together - from the outside in:
 * <ol>
 *   <li>{@link Retry}: a failed read is tried again, after a random backoff;
 *   <li>{@link CircuitBreaker}: after a run of failures, no call at all for a while;
 *   <li>{@link Bulkhead}: only so many calls in flight at once; one more is refused at once;
 *   <li>the call itself, with its deadline (step 02).
 * </ol>
 * Every attempt of a retry asks the breaker; a call the breaker or the bulkhead refuses is not
 * retried. Purchases are never retried: a POST repeated after a timeout may count one purchase
 * twice. To the page every refusal is "unavailable", and it shows itself without suggestions.
 */
public final class ResilientRecommendations implements Recommendations {

    private final Recommendations delegate;
    private final Retry retry;
    private final CircuitBreaker breaker;
    private final Bulkhead bulkhead;

    public ResilientRecommendations(Recommendations delegate, ResilienceSettings settings) {
        this.delegate = delegate;
        this.retry = new Retry(settings.retryAttempts(), settings.retryBase(), settings.retryCap(), settings.retryBudget());
        this.breaker = new CircuitBreaker(settings.breakerFailures(), settings.breakerOpenFor());
        this.bulkhead = new Bulkhead(settings.bulkheadCalls());
    }

    @Override
    public List<Recommendation> forUser(String userId) {
        try {
            return retry.call(() -> breaker.call(() -> bulkhead.call(() -> delegate.forUser(userId))));
        } catch (CallNotMade refused) {
            throw new RecommendationsUnavailable(refused.getMessage(), refused);
        }
    }

    @Override
    public void purchased(String userId, List<String> skus) {
        delegate.purchased(userId, skus); // not idempotent: never retried
    }

    /** The breaker's state, for {@code GET /status}: CLOSED, OPEN or HALF_OPEN. */
    public CircuitBreaker.State breakerState() {
        return breaker.state();
    }

    @Override
    public void close() {
        delegate.close();
    }
}
