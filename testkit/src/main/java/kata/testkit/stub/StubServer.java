package kata.testkit.stub;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A real HTTP server on 127.0.0.1 (a free port) that answers what a test scripts - including the
 * ways a real service fails: never answering, answering late, stalling or trickling mid-answer,
 * answering nonsense. Not a mock:
 * the code under test opens real sockets to it and meets real timeouts.
 *
 * <p>{@link #close()} releases every request it is holding, so no thread outlives the test.
 */
public final class StubServer implements AutoCloseable {

    /** A hung request is released when the test ends, or after this at the latest. */
    private static final Duration LONGEST_HANG = Duration.ofSeconds(30);
    /** How much of the body a {@link Delivery#STALLS_MID_BODY} answer sends before it stalls. */
    private static final int BYTES_BEFORE_THE_STALL = 10;
    /** The pause after every byte of a {@link Delivery#TRICKLES} answer. */
    private static final Duration TRICKLE_PAUSE = Duration.ofMillis(100);

    /** One request as received; {@code rawPath} keeps the client's encoding ({@code %20}). */
    /** @param receivedAt when its headers had arrived: a test can measure the gaps between a client's attempts */
    public record Request(String method, String rawPath, String contentType, String body, Instant receivedAt) {
    }

    /** How the body of an answer goes out. */
    public enum Delivery {
        /** All of it, at once: a healthy service. */
        AT_ONCE,
        /** Nothing, not even the headers: accepted, then silence. */
        NEVER,
        /** The headers and the first few bytes, then silence: the body never completes. */
        STALLS_MID_BODY,
        /** One byte every {@link StubServer#TRICKLE_PAUSE}: always sending, never done in time. */
        TRICKLES
    }

    /** What to answer, and when: {@link #hang()} never answers, {@link #after} answers late. */
    public record Answer(int status, String contentType, String body, Duration delay, Delivery delivery) {

        public static Answer json(int status, String body) {
            return new Answer(status, "application/json", body, Duration.ZERO, Delivery.AT_ONCE);
        }

        public static Answer status(int status) {
            return new Answer(status, null, "", Duration.ZERO, Delivery.AT_ONCE);
        }

        /** Accept the request, then keep the connection open and say nothing. */
        public static Answer hang() {
            return new Answer(0, null, "", Duration.ZERO, Delivery.NEVER);
        }

        public Answer after(Duration wait) {
            return new Answer(status, contentType, body, wait, delivery);
        }

        /** Send the headers (with the full Content-Length) and the first few bytes, then stall. */
        public Answer stallingMidBody() {
            return new Answer(status, contentType, body, delay, Delivery.STALLS_MID_BODY);
        }

        /** Send the headers, then the body one byte at a time. */
        public Answer trickling() {
            return new Answer(status, contentType, body, delay, Delivery.TRICKLES);
        }
    }

    private final HttpServer server;
    private final ExecutorService threads;
    private final URI uri;
    private final CountDownLatch released = new CountDownLatch(1);
    private final List<Request> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger inProgress = new AtomicInteger();
    private final AtomicInteger mostAtOnce = new AtomicInteger();
    /** The same, per method: a test may want the GETs a client held, whatever its POSTs did meanwhile. */
    private final Map<String, AtomicInteger> inProgressByMethod = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> mostAtOnceByMethod = new ConcurrentHashMap<>();

    private StubServer(HttpServer server, ExecutorService threads, URI uri) {
        this.server = server;
        this.threads = threads;
        this.uri = uri;
    }

    /** Starts a server that answers every request with {@code script.apply(request)}. */
    public static StubServer answering(Function<Request, Answer> script) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
            ExecutorService threads = Executors.newCachedThreadPool(task -> {
                Thread thread = new Thread(task, "stub-server");
                thread.setDaemon(true);
                return thread;
            });
            StubServer stub = new StubServer(server, threads, URI.create("http://127.0.0.1:" + server.getAddress().getPort()));
            server.createContext("/", exchange -> stub.handle(exchange, script));
            server.setExecutor(threads);
            server.start();
            return stub;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start a stub server on 127.0.0.1", e);
        }
    }

    /** An address where nothing listens: a port that was free a moment ago, closed again. */
    public static StubServer refusingConnections() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return new StubServer(null, null, URI.create("http://127.0.0.1:" + socket.getLocalPort()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot find a free port on 127.0.0.1", e);
        }
    }

    /** {@code http://127.0.0.1:PORT}. */
    public URI uri() {
        return uri;
    }

    /** Every request received so far, in order. */
    public List<Request> received() {
        return List.copyOf(received);
    }

    /** The most requests this server was handling at the same moment: how many a client held open at once. */
    public int mostRequestsAtOnce() {
        return mostAtOnce.get();
    }

    /** The most requests of one method ("GET") this server was handling at the same moment. */
    public int mostRequestsAtOnce(String method) {
        AtomicInteger most = mostAtOnceByMethod.get(method);
        return most == null ? 0 : most.get();
    }

    @Override
    public void close() {
        released.countDown(); // hung and late answers give up now
        if (server != null) {
            server.stop(0);
            threads.shutdownNow();
        }
    }

    private void handle(HttpExchange exchange, Function<Request, Answer> script) throws IOException {
        Instant arrived = Instant.now();
        mostAtOnce.accumulateAndGet(inProgress.incrementAndGet(), Math::max);
        String method = exchange.getRequestMethod();
        AtomicInteger ofMethod = inProgressByMethod.computeIfAbsent(method, m -> new AtomicInteger());
        mostAtOnceByMethod.computeIfAbsent(method, m -> new AtomicInteger()).accumulateAndGet(ofMethod.incrementAndGet(), Math::max);
        try {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Request request = new Request(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                    exchange.getRequestHeaders().getFirst("Content-Type"), body, arrived);
            received.add(request);
            Answer answer = script.apply(request);
            if (answer.delivery() == Delivery.NEVER) {
                waitUnlessReleased(LONGEST_HANG);
                return; // close without a word, like a service that was killed mid-request
            }
            if (waitUnlessReleased(answer.delay())) {
                return;
            }
            byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
            if (answer.contentType() != null) {
                exchange.getResponseHeaders().set("Content-Type", answer.contentType());
            }
            exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
            writeBody(exchange.getResponseBody(), bytes, answer.delivery());
        } finally {
            inProgress.decrementAndGet();
            ofMethod.decrementAndGet();
            exchange.close();
        }
    }

    /** Sends the body as the answer says: at once, or a few bytes and then silence, or byte by byte. */
    private void writeBody(OutputStream out, byte[] body, Delivery delivery) {
        try {
            switch (delivery) {
                case STALLS_MID_BODY -> {
                    out.write(body, 0, Math.min(BYTES_BEFORE_THE_STALL, body.length));
                    out.flush(); // the headers and the first bytes are on the wire; the rest never comes
                    waitUnlessReleased(LONGEST_HANG);
                }
                case TRICKLES -> {
                    for (int i = 0; i < body.length && !waitUnlessReleased(TRICKLE_PAUSE); i++) {
                        out.write(body[i]);
                        out.flush();
                    }
                }
                default -> out.write(body);
            }
        } catch (IOException clientHungUp) {
            // The client stopped listening (its deadline passed): exactly what a client should do.
        }
    }

    /** @return true if the server was closed while waiting */
    private boolean waitUnlessReleased(Duration wait) {
        try {
            return !wait.isZero() && released.await(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }
}
