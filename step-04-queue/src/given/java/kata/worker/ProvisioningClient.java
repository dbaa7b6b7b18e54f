package kata.worker;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import kata.messaging.OrderMessage;

/**
 * The worker's HTTP client for the provisioning service ({@code POST /servers}). It sorts every
 * outcome into done, a transient failure (retry later) or a permanent one (retrying is pointless).
 */
public final class ProvisioningClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI servers;
    private final Duration readTimeout;
    private final HttpClient client;

    public ProvisioningClient(URI serviceBase, Duration readTimeout) {
        this.servers = URI.create(serviceBase.toString().replaceAll("/+$", "") + "/servers");
        this.readTimeout = readTimeout;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(1)).build();
    }

    /**
     * Creates the order's servers.
     *
     * @param idempotencyKey sent as {@code Idempotency-Key}: the provisioning service creates
     *                       nothing new for a key it has seen. {@code null} sends none.
     */
    public void createServers(OrderMessage order, String idempotencyKey) throws ProvisioningFailure {
        HttpResponse<String> response = exchange(request(order, idempotencyKey));
        int status = response.statusCode();
        if (status / 100 == 2) {
            return;
        }
        String reason = "provisioning service answered " + status + ": " + errorOf(response.body());
        // 4xx: the request itself is wrong and will stay wrong. 5xx: the service may recover.
        throw new ProvisioningFailure(reason, status >= 500 || status == 429 || status == 408);
    }

    private HttpRequest request(OrderMessage order, String idempotencyKey) throws ProvisioningFailure {
        byte[] body;
        try {
            body = JSON.writeValueAsBytes(Map.of("orderId", order.orderId(), "servers", order.servers()));
        } catch (IOException unwritable) {
            throw new ProvisioningFailure("cannot write the request: " + unwritable, false);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(servers)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return request.build();
    }

    /**
     * One call with a deadline for the whole answer. {@code HttpRequest.timeout} would not do: on
     * JDK 17 it bounds only the wait for the response headers, and a service that sends them and
     * then stalls mid-body would hold this worker, and its unacknowledged order, for good.
     */
    private HttpResponse<String> exchange(HttpRequest request) throws ProvisioningFailure {
        CompletableFuture<HttpResponse<String>> answer = client.sendAsync(request, BodyHandlers.ofString(StandardCharsets.UTF_8));
        try {
            return answer.get(readTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException slow) { // worth another try: the order is not lost, only late
            throw new ProvisioningFailure("no complete answer within " + readTimeout.toMillis() + " ms", true);
        } catch (ExecutionException unreachable) { // refused, reset, connect timeout: worth another try
            throw new ProvisioningFailure("provisioning service unreachable: " + unreachable.getCause(), true);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new ProvisioningFailure("interrupted while provisioning", true);
        } finally {
            answer.cancel(true); // a no-op for a complete answer; otherwise it hangs up
        }
    }

    private static String errorOf(String body) {
        try {
            return JSON.readTree(body).path("error").asText(body);
        } catch (IOException notJson) {
            return body;
        }
    }
}
