package kata.gateway;

import java.nio.file.Path;
import java.util.Map;
import kata.gateway.admin.AdminToken;
import kata.gateway.topology.Topology;
import kata.gateway.topology.TopologyFile;
import kata.platform.http.ServiceMain;

/**
 * Starts the Java gateway from a topology file. Settings come from the environment:
 * {@code GATEWAY_TOPOLOGY} (the JSON file, required), {@code PORT} (default 8080),
 * {@code ADMIN_PORT} (default 8081), {@code BIND} (default 127.0.0.1) and {@code ADMIN_TOKEN}
 * (without it the admin surface answers 401 to everyone).
 */
public final class GatewayApp {

    private GatewayApp() {
    }

    public static void main(String[] args) {
        Map<String, String> env = System.getenv();
        String file = env.get("GATEWAY_TOPOLOGY");
        if (file == null || file.isBlank()) {
            System.err.println("set GATEWAY_TOPOLOGY to the topology file, e.g. step-03-gateway/topology.example.json");
            System.exit(2);
        }
        Topology topology = TopologyFile.read(Path.of(file));
        String host = env.getOrDefault("BIND", "127.0.0.1");
        AdminToken token = new AdminToken(env.get("ADMIN_TOKEN"));
        Gateway gateway = Gateway.start(topology, host, ServiceMain.intSetting(env, "PORT", 8080),
                ServiceMain.intSetting(env, "ADMIN_PORT", 8081), token);
        Runtime.getRuntime().addShutdownHook(new Thread(gateway::close, "graceful-stop"));
        System.out.println("gateway listening on http://" + host + ":" + gateway.port());
        System.out.println("gateway admin on http://" + host + ":" + gateway.adminPort()
                + (env.containsKey("ADMIN_TOKEN") ? "" : " (no ADMIN_TOKEN set: every admin call gets 401)"));
    }
}
