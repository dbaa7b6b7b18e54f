package kata.gateway.routing;

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
        // TODO(target 1): an exact route whose path equals the request's wins outright; otherwise the
        //  longest prefix the path starts with. No match at all: Optional.empty() (the gateway's 404).
        return Optional.empty();
    }
}
