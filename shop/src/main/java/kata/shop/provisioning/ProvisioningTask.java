package kata.shop.provisioning;

import java.util.Objects;

/**
 * One unit of one order line to bring up: ordering three servers means three tasks.
 *
 * @param unit     1-based and counted across the whole order, so every task of an order has its own
 *                 hostname even when two lines are provisioned side by side
 * @param hostname the name the server will get, e.g. {@code vps-ord-3f9a0c21b7e4-2}
 */
public record ProvisioningTask(String orderId, String sku, int unit, String hostname) {

    public ProvisioningTask {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(hostname, "hostname");
        if (unit < 1) {
            throw new IllegalArgumentException("unit must be positive, was " + unit);
        }
    }
}
