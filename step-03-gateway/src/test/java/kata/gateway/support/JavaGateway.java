package kata.gateway.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import kata.gateway.Gateway;
import kata.gateway.admin.AdminToken;
import kata.gateway.topology.Topology;
import kata.gateway.upstream.Peer;
import kata.runtime.http.TestHttp;
import org.awaitility.Awaitility;

/** The Java gateway, in the test JVM, drained through its admin surface like an operator would. */
public final class JavaGateway implements GatewayUnderTest {

    /** A token made up per run: the admin surface never has one in code. */
    public static final String TOKEN = "test-token-" + Long.toHexString(System.nanoTime());

    /** An operator's call, on a machine busy with a deploy under load: more patience than a customer's. */
    private static final Duration ADMIN_PATIENCE = Duration.ofSeconds(20);

    private final Gateway gateway;

    private JavaGateway(Gateway gateway) {
        this.gateway = gateway;
    }

    public static JavaGateway start(Topology topology) {
        return new JavaGateway(Gateway.start(topology, "127.0.0.1", 0, 0, new AdminToken(TOKEN)));
    }

    public Gateway gateway() {
        return gateway;
    }

    public TestHttp admin() {
        return TestHttp.to(gateway.adminPort());
    }

    @Override
    public String kind() {
        return "java";
    }

    @Override
    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + gateway.port());
    }

    @Override
    public void drain(String node) {
        assertThat(adminCall("drain", node)).as("drain " + node).isEqualTo(200);
        Awaitility.await(node + "'s requests in flight to finish").atMost(Duration.ofSeconds(10))
                .until(() -> gateway.upstreams().values().stream()
                        .flatMap(upstream -> upstream.peer(node).stream()).mapToInt(Peer::active).sum() == 0);
    }

    @Override
    public void undrain(String node) {
        assertThat(adminCall("undrain", node)).as("undrain " + node).isEqualTo(200);
    }

    private int adminCall(String action, String node) {
        return admin().send("POST", "/nodes/" + node + "/" + action, "", ADMIN_PATIENCE,
                "Authorization", "Bearer " + TOKEN).status();
    }

    @Override
    public void close() {
        gateway.close();
    }
}
