package kata.webshop.resilience;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Past {@code maxConcurrentRequests} requests in flight, the next one is answered at once with
 * 503 and {@code Retry-After}, and counted. A semaphore whose permits are taken with
 * {@code tryAcquire} - never waited for - before the route, and given back after it.
 * ({@code /health}, {@code /ready} and {@code /status} are never shed.)
 */
public final class LoadShedder {

    static final Set<String> NEVER_SHED = Set.of("/health", "/ready", "/status");
    /** Marks a request that holds a place, so that only such a request gives one back. */
    private static final String HOLDS_A_PLACE = "kata.loadShedder.place";

    private final Semaphore places;
    private final AtomicLong shed = new AtomicLong();

    public LoadShedder(int maxConcurrentRequests) {
        this.places = new Semaphore(maxConcurrentRequests);
    }

    public void addTo(RoutesConfig routes) {
        routes.before(this::enter);
        routes.after(this::leave);
    }

    public long shed() {
        return shed.get();
    }

    private void enter(Context ctx) {
        if (NEVER_SHED.contains(ctx.path())) {
            return;
        }
        if (!places.tryAcquire()) {
            shed.incrementAndGet();
            ctx.header("Retry-After", "1");
            throw new HttpResponseException(503, "the shop is at its limit of requests at once; try again in a second");
        }
        ctx.attribute(HOLDS_A_PLACE, Boolean.TRUE);
    }

    private void leave(Context ctx) {
        if (Boolean.TRUE.equals(ctx.attribute(HOLDS_A_PLACE))) {
            ctx.attribute(HOLDS_A_PLACE, null);
            places.release();
        }
    }
}
