package kata.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import kata.shop.orders.Order;
import kata.shop.provisioning.ProvisioningPlan;

/**
 * The message on {@code order_processing}: one placed order and the servers it needs.
 *
 * <pre>{@code {"schemaVersion": 1, "orderId": "ord-3f9a0c21b7e4", "customerId": "c-1",
 *  "servers": [{"sku": "VPS-SSD-4GB", "hostname": "vps-ord-3f9a0c21b7e4-1"}]}}</pre>
 *
 * The schema version lets the shop and the worker deploy apart: a worker that meets a version
 * it does not know parks the message instead of guessing what it means.
 */
public record OrderMessage(int schemaVersion, String orderId, String customerId, List<Server> servers) {

    public static final int SCHEMA_VERSION = 1;
    /** An order of 20 lines of 100 servers is ~200 KiB; anything above this is not an order. */
    public static final int MAX_BYTES = 256 * 1024;

    /** One server to create: what it is, and the name it gets. */
    public record Server(String sku, String hostname) {
    }

    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES); // a tolerant reader

    public static OrderMessage of(Order order) {
        List<Server> servers = ProvisioningPlan.tasksFor(order).stream()
                .map(task -> new Server(task.sku(), task.hostname())).toList();
        return new OrderMessage(SCHEMA_VERSION, order.id(), order.customerId(), servers);
    }

    public byte[] toJson() {
        try {
            return JSON.writeValueAsBytes(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an order message is always writable", e);
        }
    }

    /** @throws UnreadableMessage with the reason, for a body no worker can ever process */
    public static OrderMessage read(byte[] body) {
        if (body == null || body.length == 0) {
            throw new UnreadableMessage("empty body");
        }
        if (body.length > MAX_BYTES) {
            throw new UnreadableMessage("body too large: " + body.length + " bytes (at most " + MAX_BYTES + ")");
        }
        OrderMessage message;
        try {
            message = JSON.readValue(body, OrderMessage.class);
        } catch (IOException e) {
            throw new UnreadableMessage("malformed JSON: " + firstLine(e.getMessage()));
        }
        if (message == null) {
            throw new UnreadableMessage("malformed JSON: null");
        }
        if (message.schemaVersion() != SCHEMA_VERSION) {
            throw new UnreadableMessage("unknown schema version " + message.schemaVersion()
                    + " (this worker reads version " + SCHEMA_VERSION + ")");
        }
        if (message.orderId() == null || message.orderId().isBlank() || message.servers() == null
                || message.servers().isEmpty() || message.servers().contains(null)) {
            throw new UnreadableMessage("incomplete order: orderId and at least one server are required");
        }
        return message;
    }

    private static String firstLine(String text) {
        return text == null ? "" : text.lines().findFirst().orElse("");
    }
}
