package kata.platform.http;

import io.javalin.config.RoutesConfig;
import java.util.Map;

/**
 * {@code /health}: the process is alive. {@code /ready}: it can take traffic. An orchestrator
 * restarts what is not healthy and stops routing to what is not ready.
 */
public final class Health {

    private Health() {
    }

    public static void install(RoutesConfig routes, String service) {
        routes.get("/health", ctx -> ctx.json(Map.of("status", "UP", "service", service)));
        routes.get("/ready", ctx -> ctx.json(Map.of("status", "READY", "service", service)));
    }
}
