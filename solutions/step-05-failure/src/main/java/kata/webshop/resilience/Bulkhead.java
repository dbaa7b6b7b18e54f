package kata.webshop.resilience;

import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * At most {@code maxConcurrentCalls} calls in flight; one more is refused at once with
 * {@link CallNotMade}. Resilience4j's semaphore bulkhead, told never to wait for a place: waiting
 * is exactly how a hung service eats a server's threads.
 */
public final class Bulkhead {

    private final io.github.resilience4j.bulkhead.Bulkhead bulkhead;

    public Bulkhead(int maxConcurrentCalls) {
        this.bulkhead = io.github.resilience4j.bulkhead.Bulkhead.of("recommendations", BulkheadConfig.custom()
                .maxConcurrentCalls(maxConcurrentCalls)
                .maxWaitDuration(Duration.ZERO)
                .build());
    }

    public <T> T call(Supplier<T> call) {
        try {
            return bulkhead.executeSupplier(call);
        } catch (BulkheadFullException full) {
            throw new CallNotMade("the recommendations bulkhead is full");
        }
    }
}
