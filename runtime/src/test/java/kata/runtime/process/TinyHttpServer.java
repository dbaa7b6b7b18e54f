package kata.runtime.process;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The smallest service a child JVM can run: binds 127.0.0.1 on port 0, announces the port the
 * way workshop services do, serves {@code /health} and {@code /alloc?mb=N} — which allocates N
 * MB and keeps them, a leak on demand.
 */
public final class TinyHttpServer {

    static final String GOODBYE = "tiny: shutdown hook ran, goodbye";
    private static final List<byte[]> RETAINED = new ArrayList<>();

    private TinyHttpServer() {
    }

    public static void main(String[] args) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/health", exchange -> respond(exchange, "ok"));
        server.createContext("/alloc", exchange -> {
            int megabytes = Integer.parseInt(exchange.getRequestURI().getQuery().replace("mb=", ""));
            for (int i = 0; i < megabytes; i++) {
                RETAINED.add(new byte[1024 * 1024]);
            }
            respond(exchange, "retained " + RETAINED.size() + " MB");
        });
        server.start();
        if (Boolean.getBoolean("tiny.sayGoodbye")) {
            // proof of a graceful stop: hooks run on SIGTERM, never on SIGKILL
            Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.println(GOODBYE)));
        }
        String name = System.getProperty("kata.child", "tiny");
        System.out.println(name + " listening on http://127.0.0.1:" + server.getAddress().getPort());
    }

    private static void respond(HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
