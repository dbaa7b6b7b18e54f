package kata.gateway.support;

import java.net.URI;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import kata.gateway.nginx.NginxConfig;
import kata.gateway.topology.Topology;
import kata.runtime.http.TestHttp;
import kata.testkit.nginx.Nginx;
import org.awaitility.Awaitility;

/**
 * nginx started from the same topology, rendered by {@link NginxConfig}. Draining a node is what
 * an operator does with nginx: mark it {@code down}, reload, and wait until the old workers -
 * the ones that may still have requests on that node - have finished and gone.
 */
public final class NginxGateway implements GatewayUnderTest {

    private final Topology topology;
    private final Set<String> drained = new HashSet<>();
    private final Nginx nginx;
    private long generation = 1;

    private NginxGateway(Topology topology, String name) {
        this.topology = topology;
        this.nginx = Nginx.start(name, port -> NginxConfig.render(topology, port, Set.of(), 1));
    }

    public static NginxGateway start(Topology topology, String name) {
        return new NginxGateway(topology, name);
    }

    public Nginx nginx() {
        return nginx;
    }

    @Override
    public String kind() {
        return "nginx";
    }

    @Override
    public URI baseUri() {
        return nginx.baseUri();
    }

    @Override
    public void drain(String node) {
        drained.add(node);
        reload();
    }

    @Override
    public void undrain(String node) {
        drained.remove(node);
        reload();
    }

    /** Reload, then wait until the new configuration serves and only its worker is left. */
    public void reload() {
        long next = ++generation;
        nginx.reload(NginxConfig.render(topology, nginx.port(), Set.copyOf(drained), next));
        TestHttp http = TestHttp.to(nginx.baseUri());
        Awaitility.await("nginx serving configuration " + next).atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(20))
                .until(() -> http.tryGet("/_gateway/generation", Duration.ofSeconds(1)).body().equals(Long.toString(next)));
        Awaitility.await("nginx's old workers to finish their requests").atMost(Duration.ofSeconds(15))
                .pollInterval(Duration.ofMillis(20))
                .until(() -> nginx.workers() == 1);
    }

    @Override
    public void close() {
        nginx.close();
    }
}
