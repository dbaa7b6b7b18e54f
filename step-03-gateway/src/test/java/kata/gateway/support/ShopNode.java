package kata.gateway.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import kata.gateway.topology.ServerSpec;
import kata.runtime.http.TestHttp;
import kata.runtime.process.ChildJvm;

/**
 * A shop node: step 02's shop ({@code kata.webshop.WebShopApp}) in a JVM of its own, named by
 * {@code NODE_NAME} (it answers with {@code X-Shop-Node}). A node keeps its port across restarts,
 * as a node restarted in place during a deploy does, so the gateway's pool needs no change.
 */
public final class ShopNode implements AutoCloseable {

    public static final String ADMIN_PASSWORD = "gateway-test-password";
    /** A JVM starts in 1-2 s on an idle laptop; on a shared 2-core machine under load it took 30 s and more. */
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    private final String name;
    private final int port;
    private final ChildJvm jvm;

    private ShopNode(String name, int port, ChildJvm jvm) {
        this.name = name;
        this.port = port;
        this.jvm = jvm;
    }

    /** @param recommendationsUrl where the node asks for recommendations (step 02's RECOMMENDATIONS_URL) */
    public static ShopNode start(String name, String recommendationsUrl) {
        int port = freePort();
        ChildJvm jvm = ChildJvm.builder(name, "kata.webshop.WebShopApp")
                .heap("64m")
                .env("PORT", Integer.toString(port))
                .env("NODE_NAME", name)
                .env("ADMIN_PASSWORD", ADMIN_PASSWORD)
                .env("RECOMMENDATIONS_URL", recommendationsUrl)
                .startTimeout(START_TIMEOUT)
                .start();
        return new ShopNode(name, port, jvm);
    }

    /**
     * A fresh JVM's first requests load classes and compile: a first checkout can take longer than
     * the gateway's read timeout on a busy laptop. Tests warm a node directly before they measure.
     */
    public ShopNode warm() {
        TestHttp node = TestHttp.to(port);
        for (int i = 0; i < 3; i++) {
            node.tryGet("/", Duration.ofSeconds(10));
            node.tryGet("/products/VPS-SSD-2GB", Duration.ofSeconds(10));
            node.trySend("POST", "/checkout", "{\"customerId\":\"warm-up\",\"items\":[{\"sku\":\"VPS-SSD-2GB\",\"quantity\":1}]}",
                    Duration.ofSeconds(10), "Content-Type", "application/json");
        }
        return this;
    }

    public String name() {
        return name;
    }

    public String address() {
        return "127.0.0.1:" + port;
    }

    public ServerSpec spec() {
        return ServerSpec.of(name, address());
    }

    public long pid() {
        return jvm.pid();
    }

    /** Graceful stop (its requests in flight finish), then a new JVM on the same port: a deploy. */
    public void restart() {
        jvm.restart();
    }

    @Override
    public void close() {
        jvm.close();
    }

    /** A free port now; the node binds it at once. (Bound to 0, the port would change on restart.) */
    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
