package kata.gateway;

import io.javalin.Javalin;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import kata.gateway.admin.AdminRoutes;
import kata.gateway.admin.AdminToken;
import kata.gateway.proxy.GatewayProxy;
import kata.gateway.topology.PoolSpec;
import kata.gateway.topology.Topology;
import kata.gateway.upstream.Upstream;
import kata.platform.http.Health;
import kata.platform.http.ServerDefaults;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The Java gateway: one Jetty server for the customers (the reverse proxy), and a small Javalin
 * app on another port for the operator (drain, undrain, status). Runs from a {@link Topology}.
 */
public final class Gateway implements AutoCloseable {

    private final Server server;
    private final ServerConnector connector;
    private final Javalin admin;
    private final Map<String, Upstream> upstreams;

    private Gateway(Server server, ServerConnector connector, Javalin admin, Map<String, Upstream> upstreams) {
        this.server = server;
        this.connector = connector;
        this.admin = admin;
        this.upstreams = upstreams;
    }

    /**
     * @param port      the customers' port (0: any free one)
     * @param adminPort the operator's port (0: any free one)
     */
    public static Gateway start(Topology topology, String host, int port, int adminPort, AdminToken token) {
        Map<String, Upstream> upstreams = new LinkedHashMap<>();
        for (PoolSpec pool : topology.pools()) {
            upstreams.put(pool.name(), new Upstream(pool, Clock.systemUTC()));
        }
        Server server = new Server(new QueuedThreadPool(200, 8, 60_000));
        ServerConnector connector = new ServerConnector(server);
        connector.setHost(host);
        connector.setPort(port);
        server.addConnector(connector);
        // Graceful: a stop lets the requests in flight finish (up to the stop timeout).
        server.setHandler(new GracefulHandler(new GatewayProxy(topology, upstreams, Clock.systemUTC())));
        server.setStopTimeout(ServerDefaults.GRACEFUL_STOP_MILLIS);
        try {
            server.start();
        } catch (Exception e) {
            throw new IllegalStateException("the gateway could not start on " + host + ":" + port, e);
        }
        Javalin admin = Javalin.create(config -> {
            ServerDefaults.apply(config, host);
            Health.install(config.routes, "gateway-admin");
            new AdminRoutes(upstreams.values(), token).addTo(config.routes);
        }).start(adminPort);
        return new Gateway(server, connector, admin, upstreams);
    }

    public int port() {
        return connector.getLocalPort();
    }

    public int adminPort() {
        return admin.port();
    }

    public Map<String, Upstream> upstreams() {
        return upstreams;
    }

    @Override
    public void close() {
        admin.stop();
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("the gateway did not stop cleanly", e);
        }
    }
}
