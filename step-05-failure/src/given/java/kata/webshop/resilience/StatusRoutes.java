package kata.webshop.resilience;

import io.javalin.config.RoutesConfig;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code GET /status}: how the shop is protecting itself right now, for an operator and for the
 * tests - the recommendation breaker's state and how many requests were shed, e.g.
 * {@code {"recommendationsBreaker":"OPEN","shedRequests":22}}. Not {@code /ready}: a shop whose
 * recommendations are off still takes orders, and must keep getting them.
 */
public final class StatusRoutes {

    private final Supplier<String> breakerState;
    private final LoadShedder shedder;

    /** @param breakerState the recommendation breaker's state, "NONE" when the engine runs in this process */
    public StatusRoutes(Supplier<String> breakerState, LoadShedder shedder) {
        this.breakerState = breakerState;
        this.shedder = shedder;
    }

    public void addTo(RoutesConfig routes) {
        routes.get("/status", ctx -> {
            Map<String, Object> status = new LinkedHashMap<>();
            status.put("recommendationsBreaker", breakerState.get());
            status.put("shedRequests", shedder.shed());
            ctx.json(status);
        });
    }
}
