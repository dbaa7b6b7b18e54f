package kata.webshop.recommendations;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import kata.shop.recommendations.Recommendation;

/**
 * The adapter behind the {@link Recommendations} port once the engine lives in its own process:
 * an HTTP client to the recommendation service. It keeps the port's promise over a network that
 * can refuse, hang, fail or answer nonsense: an answer within the budget, or
 * {@link RecommendationsUnavailable} - never another exception, never a hang.
 *
 * <p>The wire format is the contract in the step README ("The contract").
 */
public final class HttpRecommendations implements Recommendations {

    private final URI serviceBaseUri;
    private final Duration connectTimeout;
    private final Duration readTimeout;

    /**
     * @param serviceBaseUri e.g. {@code http://127.0.0.1:7071}
     * @param connectTimeout how long to wait for the TCP connection
     * @param readTimeout    the deadline of every call: from asking to the last byte of the answer
     */
    public HttpRecommendations(URI serviceBaseUri, Duration connectTimeout, Duration readTimeout) {
        this.serviceBaseUri = serviceBaseUri;
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
    }

    @Override
    public List<Recommendation> forUser(String userId) {
        // TODO(step-02, deadline): one java.net.http.HttpClient for this adapter (HTTP/1.1, connectTimeout,
        //  a small fixed pool as its executor), and a deadline on every call: the whole answer, headers
        //  AND body, within readTimeout, or "unavailable". HttpRequest.timeout(...) stops at the headers:
        //  sendAsync(...), then get(readTimeout) - and cancel(true) what did not finish in time.
        // TODO(step-02, contract): GET /recommendations/{userId} (URL-encode the id). Only a 200 with
        //  the agreed JSON is an answer; another status, an IOException or JSON you cannot read all
        //  become RecommendationsUnavailable. Ignore fields you do not know: providers add them.
        throw new UnsupportedOperationException("TODO step 02: ask the recommendation service at " + serviceBaseUri
                + " (connect timeout " + connectTimeout.toMillis() + " ms, read timeout " + readTimeout.toMillis() + " ms)");
    }

    @Override
    public void purchased(String userId, List<String> skus) {
        // TODO(step-02, fire and forget): hand POST /purchases {"userId": ..., "skus": [...]} to a small
        //  bounded pool of your own (a bulkhead, as in step 01), with the same deadline, and return at
        //  once. A full pool drops the purchase. Log a loss (no customer id at WARN), never throw it.
        throw new UnsupportedOperationException("TODO step 02: tell the recommendation service what " + userId + " bought");
    }

    @Override
    public void close() {
        // TODO(step-02, threads): stop the threads this adapter started; none may outlive it.
    }
}
