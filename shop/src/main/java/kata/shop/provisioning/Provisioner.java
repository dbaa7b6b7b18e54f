package kata.shop.provisioning;

import kata.shop.orders.Order;

/**
 * Brings up what an order bought. An interface because the real thing is a slow, failure-prone
 * cloud API, and the steps of the workshop move it behind different boundaries.
 */
@FunctionalInterface
public interface Provisioner {

    void provision(Order order);
}
