package kata.cli.samples;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;

/**
 * A sample, started as a child JVM by {@code DemoNightTest}: the smallest shop the night can be
 * played against. Checkout and the storefront answer; every recommendation keeps 256 KB for
 * ever, as the workshop's engine does, so a small heap dies of it within a second or two.
 */
public final class LeakyShop {

    private static final List<byte[]> LEAK = new ArrayList<>();

    public static void main(String[] args) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/health", exchange -> answer(exchange, 200));
        server.createContext("/checkout", exchange -> answer(exchange, 201));
        server.createContext("/recommendations/", exchange -> {
            synchronized (LEAK) {
                LEAK.add(new byte[256 * 1024]);
            }
            answer(exchange, 200);
        });
        server.createContext("/", exchange -> answer(exchange, 200));
        server.start();
        System.out.println("leaky-shop listening on http://127.0.0.1:" + server.getAddress().getPort());
    }

    private static void answer(HttpExchange exchange, int status) throws IOException {
        exchange.getRequestBody().readAllBytes();
        byte[] body = "{}".getBytes();
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }
}
