package kata.gateway.nginx;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import kata.gateway.topology.Route;
import kata.gateway.topology.Topology;

/**
 * Renders {@code gateway.conf} (next to this class, in resources) for a topology: the upstream
 * blocks from {@link NginxUpstreams}, one {@code location} per route, and the timeouts and body
 * limit in the template's {@code {{placeholders}}}. One source of truth: the nginx half and the
 * Java half of the step run from the same {@link Topology}.
 */
public final class NginxConfig {

    private static final String TEMPLATE = "gateway.conf";

    private NginxConfig() {
    }

    /**
     * @param listenPort the port nginx listens on (127.0.0.1)
     * @param generation a number the config answers at {@code /_gateway/generation}: a reload is
     *                   asynchronous, and this says when the new configuration is the one serving
     */
    public static String render(Topology topology, int listenPort, Set<String> drained, long generation) {
        String upstreams = topology.pools().stream()
                .map(pool -> NginxUpstreams.render(pool, drained))
                .collect(Collectors.joining("\n"));
        String locations = topology.routes().stream().map(NginxConfig::location).collect(Collectors.joining())
                + (hasCatchAll(topology) ? "" : NOT_FOUND);
        Map<String, String> values = Map.of(
                "listen", "127.0.0.1:" + listenPort,
                "upstreams", upstreams,
                "locations", locations,
                "connect_timeout", millis(topology.timeouts().connect()),
                "read_timeout", millis(topology.timeouts().read()),
                "max_body", topology.maxBodyBytes() / 1024 + "k",
                "generation", Long.toString(generation));
        String config = template();
        for (Map.Entry<String, String> value : values.entrySet()) {
            config = config.replace("{{" + value.getKey() + "}}", value.getValue());
        }
        return config;
    }

    /** No route: the gateway's own 404, and no upstream sees the request (unless a route takes "/" itself). */
    private static final String NOT_FOUND = """
                    location / {
                        default_type application/json;
                        return 404 '{"error":"no such resource","status":404}';
                    }
            """;

    private static boolean hasCatchAll(Topology topology) {
        return topology.routes().stream().anyMatch(route -> !route.exact() && route.path().equals("/"));
    }

    private static String location(Route route) {
        return "        location " + (route.exact() ? "= " : "") + route.path() + " {\n"
                + "            proxy_pass http://" + route.pool() + ";\n"
                + "        }\n";
    }

    private static String millis(Duration duration) {
        return duration.toMillis() + "ms";
    }

    private static String template() {
        try (InputStream in = NginxConfig.class.getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new IllegalStateException(TEMPLATE + " is missing next to " + NginxConfig.class.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
