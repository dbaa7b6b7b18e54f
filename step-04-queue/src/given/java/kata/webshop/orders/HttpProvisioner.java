package kata.webshop.orders;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.Map;
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
        try {
            var response = client.send(HttpRequest.newBuilder(servers).timeout(PATIENCE)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body(order))).build(), BodyHandlers.ofString());
            if (response.statusCode() / 100 == 2) {
                statuses.provisioned(order.id());
            } else {
                statuses.failed(order.id(), "provisioning service answered " + response.statusCode());
            }
        } catch (IOException e) {
            statuses.failed(order.id(), "provisioning service unreachable: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            statuses.failed(order.id(), "interrupted while provisioning");
        }
    }

    private static String body(Order order) throws JsonProcessingException {
        var servers = ProvisioningPlan.tasksFor(order).stream()
                .map(task -> Map.of("sku", task.sku(), "hostname", task.hostname())).toList();
        return JSON.writeValueAsString(Map.of("orderId", order.id(), "servers", servers));
    }
}
