package kata.gateway.topology;

import java.util.List;
import java.util.Optional;

/**
 * The one source of truth for what stands behind the gateway: pools, routes, timeouts and the
 * body limit. The Java gateway runs from it, and the nginx configuration is rendered from it
 * ({@code kata.gateway.nginx.NginxConfig}), so the two cannot drift apart.
 *
 * <p>On disk it is JSON ({@link TopologyFile}); in tests it is built in code with the ports the
 * nodes announced.
 *
 * @param maxBodyBytes nginx's {@code client_max_body_size}: a bigger request body is refused (413)
 *                     before any upstream sees it
 */
public record Topology(List<PoolSpec> pools, List<Route> routes, Timeouts timeouts, long maxBodyBytes) {

    /** The same limit every service of this workshop has (platform's ServerDefaults): 64 KiB. */
    public static final long DEFAULT_MAX_BODY_BYTES = 64 * 1024;

    public Topology {
        pools = List.copyOf(pools);
        routes = List.copyOf(routes);
        for (Route route : routes) {
            if (pools.stream().noneMatch(pool -> pool.name().equals(route.pool()))) {
                throw new IllegalArgumentException("route " + route.path() + " names pool " + route.pool()
                        + ", which the topology does not have");
            }
        }
    }

    public Optional<PoolSpec> pool(String name) {
        return pools.stream().filter(pool -> pool.name().equals(name)).findFirst();
    }

    public Topology withTimeouts(Timeouts newTimeouts) {
        return new Topology(pools, routes, newTimeouts, maxBodyBytes);
    }
}
