package kata.webshop.recommendations;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import kata.shop.recommendations.Recommendation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The adapter behind the {@link Recommendations} port once the engine lives in its own process:
 * an HTTP client to the recommendation service. It keeps the port's promise over a network that
 * can refuse, hang, stall, trickle, fail or answer nonsense: a complete answer within the
 * deadline, or {@link RecommendationsUnavailable} - never another exception, never a hang.
 *
 * <p>This class is the transport (deadline, status codes, fire and forget, its threads); the wire
 * format is {@link RecommendationsJson}.
 */
public final class HttpRecommendations implements Recommendations {

    private static final Logger LOG = LoggerFactory.getLogger(HttpRecommendations.class);
    /**
     * The client's own threads only complete futures and hand over bytes; one JDK selector thread
     * watches the sockets. Two are plenty, and fixed: the JDK's default is an unbounded cached
     * pool. Its queue holds only the callbacks of calls in flight, which the callers bound. It
     * must never reject: on JDK 17 a rejected callback leaves its call hanging for good.
     */
    private static final int CLIENT_THREADS = 2;
    /**
     * Purchases are a bulkhead again, as in step 01: at most 2 POSTs in flight and 32 waiting, so
     * a hung service holds 2 connections, not one per checkout. Beyond that a purchase is dropped.
     */
    private static final int PURCHASE_THREADS = 2;
    private static final int PURCHASES_WAITING = 32;
    private static final Duration CLOSE_PATIENCE = Duration.ofSeconds(1);

    private final String serviceBase;
    private final Duration deadline;
    private final ExecutorService clientThreads = Executors.newFixedThreadPool(CLIENT_THREADS, daemons("recommendations-http"));
    private final ThreadPoolExecutor purchases = new ThreadPoolExecutor(PURCHASE_THREADS, PURCHASE_THREADS, 0,
            TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(PURCHASES_WAITING), daemons("recommendations-purchase"));
    private final HttpClient client;

    /**
     * @param readTimeout the deadline of every call: from asking to the last byte of the answer
     */
    public HttpRecommendations(URI serviceBaseUri, Duration connectTimeout, Duration readTimeout) {
        this.serviceBase = serviceBaseUri.toString().replaceAll("/+$", "");
        this.deadline = readTimeout;
        // One client per adapter: it keeps connections open between calls. HTTP/1.1, because the
        // JDK client otherwise starts every new connection with an HTTP/2 upgrade attempt.
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(connectTimeout).executor(clientThreads).build();
    }

    @Override
    public List<Recommendation> forUser(String userId) {
        HttpRequest request = HttpRequest.newBuilder(uri("/recommendations/" + pathSegment(userId)))
                .header("Accept", "application/json").GET().build();
        HttpResponse<String> response = exchange(request, BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != 200) {
            throw new RecommendationsUnavailable("recommendation service answered " + response.statusCode());
        }
        try {
            return RecommendationsJson.readAnswer(response.body());
        } catch (JsonProcessingException unreadable) {
            throw new RecommendationsUnavailable("recommendation service answered unreadable JSON: " + unreadable.getOriginalMessage(), unreadable);
        }
    }

    @Override
    public void purchased(String userId, List<String> skus) {
        try {
            purchases.execute(() -> send(userId, skus)); // checkout only hands the purchase over
        } catch (RejectedExecutionException full) {
            lost(userId, purchases.isShutdown() ? "the adapter is closed" : PURCHASES_WAITING + " purchases already waiting");
        }
    }

    /** Stops this adapter's threads: waiting purchases are dropped, calls in flight end unavailable. */
    @Override
    public void close() {
        purchases.shutdownNow();
        clientThreads.shutdownNow();
        try {
            purchases.awaitTermination(CLOSE_PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
            clientThreads.awaitTermination(CLOSE_PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        // JDK 17's HttpClient has no close(): its one selector thread ends by itself once the
        // client is unreachable and idle. (JDK 21 adds HttpClient.close().)
    }

    /** On a purchase thread: POST /purchases within the deadline. A failure is logged, never thrown. */
    private void send(String userId, List<String> skus) {
        try {
            HttpRequest request = HttpRequest.newBuilder(uri("/purchases")).header("Content-Type", "application/json")
                    .POST(BodyPublishers.ofString(RecommendationsJson.purchase(userId, skus))).build();
            int status = exchange(request, BodyHandlers.discarding()).statusCode();
            if (status / 100 != 2) {
                lost(userId, "the service answered " + status);
            }
        } catch (RecommendationsUnavailable e) {
            lost(userId, e.getMessage());
        } catch (JsonProcessingException | RuntimeException e) { // a bug of ours: still only a lost signal
            lost(userId, e.toString());
        }
    }

    /** A lost purchase signal is worth a warning; who bought is personal data, so only at DEBUG. */
    private static void lost(String userId, String why) {
        LOG.warn("purchase not recorded for recommendations: {}", why);
        LOG.debug("the purchase not recorded was by {}", userId);
    }

    /**
     * One call with a deadline. {@code HttpRequest.timeout} would not do: on JDK 17 it only bounds
     * the wait for the response headers, and a service that sends headers, then stalls or trickles
     * the body, would hold us for as long as it likes. So we wait for the whole answer ourselves -
     * and when the deadline passes, cancel the call, which closes its connection.
     */
    private <T> HttpResponse<T> exchange(HttpRequest request, BodyHandler<T> bodyHandler) {
        CompletableFuture<HttpResponse<T>> answer;
        try {
            answer = client.sendAsync(request, bodyHandler);
        } catch (RejectedExecutionException closed) {
            throw new RecommendationsUnavailable("the recommendations adapter is closed", closed);
        }
        try {
            return answer.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException slow) {
            throw new RecommendationsUnavailable("no complete answer from the recommendation service within "
                    + deadline.toMillis() + " ms", slow);
        } catch (ExecutionException failed) { // refused, reset, connect timeout, body cut short
            throw new RecommendationsUnavailable("recommendation service failed: " + failed.getCause(), failed.getCause());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new RecommendationsUnavailable("interrupted while waiting for the recommendation service", interrupted);
        } finally {
            answer.cancel(true); // a no-op for a complete answer; otherwise it hangs up
        }
    }

    private URI uri(String path) {
        return URI.create(serviceBase + path);
    }

    /** "Ada Lovelace" becomes "Ada%20Lovelace": a user id is data, never part of the path's structure. */
    private static String pathSegment(String userId) {
        return URLEncoder.encode(userId, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Daemon threads: they never keep a stopping shop alive. */
    private static ThreadFactory daemons(String name) {
        return task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
