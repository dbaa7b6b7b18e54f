package kata.webshop.orders;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import kata.shop.orders.Order;
import kata.shop.orders.OrderStatuses;
import kata.shop.provisioning.Provisioner;
import kata.shop.provisioning.ProvisioningPlan;

/**
 * Provisioning the way the shop has always done it: on the checkout's own thread, over HTTP,
 * waiting for the cloud API to finish. Correct, simple, and the customer waits as long as the
 * slowest server takes; when the API hangs, checkout hangs.
 */
public final class HttpProvisioner implements Provisioner {

    /** Creating servers is slow: a synchronous caller has to be patient, and so does its customer. */
    static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI servers;
    private final OrderStatuses statuses;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(1)).build();

    public HttpProvisioner(URI provisioningService, OrderStatuses statuses) {
        this.servers = URI.create(provisioningService.toString().replaceAll("/+$", "") + "/servers");
        this.statuses = statuses;
    }

    @Override
    public void provision(Order order) {
        CompletableFuture<HttpResponse<String>> answer;
        try {
            answer = client.sendAsync(HttpRequest.newBuilder(servers).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body(order))).build(), BodyHandlers.ofString());
        } catch (JsonProcessingException unwritable) {
            statuses.failed(order.id(), "cannot write the request: " + unwritable);
            return;
        }
        try {
            // A deadline for the whole answer: HttpRequest.timeout would bound only the wait for its headers.
            HttpResponse<String> response = answer.get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
            if (response.statusCode() / 100 == 2) {
                statuses.provisioned(order.id());
            } else {
                statuses.failed(order.id(), "provisioning service answered " + response.statusCode());
            }
        } catch (TimeoutException slow) {
            statuses.failed(order.id(), "no complete answer from the provisioning service within " + PATIENCE);
        } catch (ExecutionException unreachable) {
            statuses.failed(order.id(), "provisioning service unreachable: " + unreachable.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            statuses.failed(order.id(), "interrupted while provisioning");
        } finally {
            answer.cancel(true); // a no-op for a complete answer; otherwise it hangs up
        }
    }

    private static String body(Order order) throws JsonProcessingException {
        var servers = ProvisioningPlan.tasksFor(order).stream()
                .map(task -> Map.of("sku", task.sku(), "hostname", task.hostname())).toList();
        return JSON.writeValueAsString(Map.of("orderId", order.id(), "servers", servers));
    }
}
