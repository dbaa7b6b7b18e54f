package kata.webshop.recommendations;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import kata.shop.recommendations.Recommendation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The adapter behind the {@link Recommendations} port once the engine lives in its own process:
 * an HTTP client to the recommendation service. It keeps the port's promise over a network that
 * can refuse, hang, fail or answer nonsense: an answer within the budget, or
 * {@link RecommendationsUnavailable} - never another exception, never a hang.
 *
 * <p>This class is the transport (timeouts, status codes, fire and forget); the wire format is
 * {@link RecommendationsJson}.
 */
public final class HttpRecommendations implements Recommendations {

    private static final Logger LOG = LoggerFactory.getLogger(HttpRecommendations.class);

    private final String serviceBase;
    private final Duration readTimeout;
    private final HttpClient client;

    public HttpRecommendations(URI serviceBaseUri, Duration connectTimeout, Duration readTimeout) {
        this.serviceBase = serviceBaseUri.toString().replaceAll("/+$", "");
        this.readTimeout = readTimeout;
        // One client per adapter: it keeps connections open between calls. HTTP/1.1, because the
        // JDK client otherwise starts every new connection with an HTTP/2 upgrade attempt.
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(connectTimeout).build();
    }

    @Override
    public List<Recommendation> forUser(String userId) {
        HttpRequest request = HttpRequest.newBuilder(uri("/recommendations/" + pathSegment(userId)))
                .timeout(readTimeout) // the read timeout: from "request sent" to "answer received"
                .header("Accept", "application/json").GET().build();
        try {
            var response = client.send(request, BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                throw new RecommendationsUnavailable("recommendation service answered " + response.statusCode());
            }
            return RecommendationsJson.readAnswer(response.body());
        } catch (HttpTimeoutException slow) { // connect or read: either way, we stopped waiting
            throw new RecommendationsUnavailable("recommendation service timed out: " + slow.getMessage(), slow);
        } catch (IOException unreachableOrUnreadable) { // refused, reset - and malformed JSON is one too
            throw new RecommendationsUnavailable("recommendation service failed: " + unreachableOrUnreadable, unreachableOrUnreadable);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new RecommendationsUnavailable("interrupted while waiting for the recommendation service", interrupted);
        }
    }

    @Override
    public void purchased(String userId, List<String> skus) {
        try {
            HttpRequest request = HttpRequest.newBuilder(uri("/purchases")).timeout(readTimeout)
                    .header("Content-Type", "application/json")
                    .POST(BodyPublishers.ofString(RecommendationsJson.purchase(userId, skus))).build();
            // sendAsync returns at once: checkout never waits for the recommendation service.
            client.sendAsync(request, BodyHandlers.discarding()).whenComplete((response, failure) -> {
                if (failure != null || response.statusCode() / 100 != 2) {
                    LOG.warn("purchase by {} not recorded for recommendations: {}", userId,
                            failure != null ? failure.toString() : "status " + response.statusCode());
                }
            });
        } catch (JsonProcessingException | RuntimeException e) {
            LOG.warn("purchase by {} not recorded for recommendations: {}", userId, e.toString());
        }
    }

    private URI uri(String path) {
        return URI.create(serviceBase + path);
    }

    /** "Ada Lovelace" becomes "Ada%20Lovelace": a user id is data, never part of the path's structure. */
    private static String pathSegment(String userId) {
        return URLEncoder.encode(userId, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
