package kata.gateway.admin;

import io.javalin.config.RoutesConfig;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.UnauthorizedResponse;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import kata.gateway.upstream.Peer;
import kata.gateway.upstream.Upstream;

/**
 * The gateway's admin surface, on a port of its own (never the customers'): {@code GET /status},
 * {@code POST /nodes/{node}/drain}, {@code POST /nodes/{node}/undrain}. A node is drained in every
 * pool it serves. Every call needs {@code Authorization: Bearer $ADMIN_TOKEN}; {@code /health} does not.
 */
public final class AdminRoutes {

    private final Collection<Upstream> upstreams;
    private final AdminToken token;

    public AdminRoutes(Collection<Upstream> upstreams, AdminToken token) {
        this.upstreams = upstreams;
        this.token = token;
    }

    public void addTo(RoutesConfig routes) {
        routes.before(ctx -> {
            if (!ctx.path().equals("/health") && !token.allows(ctx.header("Authorization"))) {
                ctx.header("WWW-Authenticate", "Bearer realm=\"gateway admin\"");
                throw new UnauthorizedResponse("admin token required: Authorization: Bearer <ADMIN_TOKEN>");
            }
        });
        routes.get("/status", ctx -> ctx.json(Map.of("pools", upstreams.stream().map(AdminRoutes::status).toList())));
        routes.post("/nodes/{node}/drain", ctx -> ctx.json(drain(ctx.pathParam("node"), true)));
        routes.post("/nodes/{node}/undrain", ctx -> ctx.json(drain(ctx.pathParam("node"), false)));
    }

    private Map<String, Object> drain(String node, boolean drained) {
        List<Peer> peers = new ArrayList<>();
        for (Upstream upstream : upstreams) {
            upstream.peer(node).ifPresent(peer -> {
                upstream.drain(peer, drained);
                peers.add(peer);
            });
        }
        if (peers.isEmpty()) {
            throw new NotFoundResponse("no node named " + node);
        }
        return Map.of("node", node, "drained", drained, "active", peers.stream().mapToInt(Peer::active).sum());
    }

    private static Map<String, Object> status(Upstream upstream) {
        return Map.of("name", upstream.name(), "peers", upstream.peers().stream().map(peer -> Map.of(
                "name", peer.name(), "address", peer.address(), "weight", peer.weight(), "backup", peer.backup(),
                "active", peer.active(), "drained", peer.drained(), "fails", peer.health().fails())).toList());
    }
}
