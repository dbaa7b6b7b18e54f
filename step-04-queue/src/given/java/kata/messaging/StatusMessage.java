package kata.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/**
 * The message on {@code order_status}: what became of an order, worker to shop. The worker
 * never calls the shop: the shop may be down, slow or deploying, and the answer waits in the
 * queue until it is back.
 *
 * <pre>{@code {"schemaVersion": 1, "orderId": "ord-3f9a0c21b7e4", "status": "FAILED",
 *  "reason": "sku VPS-GPU-1 is not available"}}</pre>
 *
 * @param status {@code PROVISIONED} or {@code FAILED}
 */
public record StatusMessage(int schemaVersion, String orderId, String status, String reason) {

    public static final int SCHEMA_VERSION = 1;

    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public static StatusMessage provisioned(String orderId) {
        return new StatusMessage(SCHEMA_VERSION, orderId, "PROVISIONED", null);
    }

    public static StatusMessage failed(String orderId, String reason) {
        return new StatusMessage(SCHEMA_VERSION, orderId, "FAILED", reason);
    }

    public byte[] toJson() {
        try {
            return JSON.writeValueAsBytes(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a status message is always writable", e);
        }
    }

    /** @throws UnreadableMessage for anything but a complete status of a known version */
    public static StatusMessage read(byte[] body) {
        StatusMessage message;
        try {
            message = JSON.readValue(body, StatusMessage.class);
        } catch (IOException e) {
            throw new UnreadableMessage("malformed status message: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (message == null || message.schemaVersion() != SCHEMA_VERSION || message.orderId() == null
                || !("PROVISIONED".equals(message.status()) || "FAILED".equals(message.status()))) {
            throw new UnreadableMessage("not a status message this shop reads: " + message);
        }
        return message;
    }
}
