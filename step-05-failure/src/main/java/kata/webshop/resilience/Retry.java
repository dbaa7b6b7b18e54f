package kata.webshop.resilience;

import java.time.Duration;
import java.util.function.Supplier;
import kata.webshop.recommendations.RecommendationsUnavailable;

/**
 * Tries a failed read again, for a failure that may pass (a dropped connection, a service that
 * restarts). Only for idempotent calls - asking twice must do no more than asking once - and
 * within limits: at most {@code maxAttempts} attempts (the first included), never longer than
 * {@code budget} in all. Before attempt n+1 it waits a random time between 0 and
 * min({@code cap}, {@code base} x 2^(n-1)): exponential backoff with full jitter, so a thousand
 * clients that failed together do not all come back together.
 *
 * <p>It retries a {@link RecommendationsUnavailable} - a call that was made and failed - and
 * nothing else: a {@link CallNotMade} was refused before it was made.
 */
public final class Retry {

    private final int maxAttempts;
    private final Duration base;
    private final Duration cap;
    private final Duration budget;

    public Retry(int maxAttempts, Duration base, Duration cap, Duration budget) {
        this.maxAttempts = maxAttempts;
        this.base = base;
        this.cap = cap;
        this.budget = budget;
    }

    public <T> T call(Supplier<T> call) {
        // TODO(target 3): the retry above. Today one failure is final: a service that drops one
        //  connection in a hundred costs one page in a hundred its recommendations.
        return call.get();
    }
}
