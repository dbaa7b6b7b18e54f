package kata.gateway.routing;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import kata.gateway.topology.Route;

/**
 * Which pool a request path goes to, the way nginx picks a {@code location}: an exact route
 * ({@code location = /}) wins outright; otherwise the longest matching prefix wins. No match:
 * the gateway answers its own JSON 404, and no upstream sees the request.
 */
public final class Routes {

    private final List<Route> routes;

    public Routes(List<Route> routes) {
        this.routes = List.copyOf(routes);
    }

    /** @return the name of the pool for {@code path}, or empty for the gateway's own 404 */
    public Optional<String> poolFor(String path) {
        // Exact first, then the longest prefix: "/recommendations/" beats "/" whatever the order.
        Optional<Route> exact = routes.stream().filter(r -> r.exact() && r.path().equals(path)).findFirst();
        return exact.or(() -> routes.stream()
                        .filter(r -> !r.exact() && path.startsWith(r.path()))
                        .max(Comparator.comparingInt(r -> r.path().length())))
                .map(Route::pool);
    }
}
