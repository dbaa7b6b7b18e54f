package kata.webshop.resilience;

import io.javalin.config.RoutesConfig;
import java.util.Set;

/**
 * Says no early rather than yes too late: past {@code maxConcurrentRequests} requests in flight,
 * the shop answers the next one at once with 503 and a {@code Retry-After} header, instead of
 * queueing it behind the others until everyone's answer is late. Every shed request is counted
 * ({@code GET /status} shows the count). {@code /health}, {@code /ready} and {@code /status} are
 * never shed: an orchestrator must still see the shop alive while it protects itself.
 */
public final class LoadShedder {

    static final Set<String> NEVER_SHED = Set.of("/health", "/ready", "/status");

    private final int maxConcurrentRequests;

    public LoadShedder(int maxConcurrentRequests) {
        this.maxConcurrentRequests = maxConcurrentRequests;
    }

    /** Puts the limit in front of every route (a before and an after handler). */
    public void addTo(RoutesConfig routes) {
        // TODO(target 4): at most maxConcurrentRequests in flight: a place is taken before the
        //  route (never waited for), given back after it; without a place, 503 with Retry-After
        //  at once, counted. Today every request is let in, and under a flood all of them are slow.
    }

    /** Requests shed so far. */
    public long shed() {
        return 0;
    }
}
