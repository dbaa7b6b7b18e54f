package kata.shop.provisioning;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import kata.shop.orders.Order;
import kata.shop.orders.OrderLine;

/**
 * Which tasks an order needs. A pure function, apart from any provisioner, so every provisioner
 * (recording, queued, remote) plans exactly the same tasks.
 */
public final class ProvisioningPlan {

    private ProvisioningPlan() {
    }

    /** One task per unit ordered, in line order; units are numbered 1..n across the whole order. */
    public static List<ProvisioningTask> tasksFor(Order order) {
        List<ProvisioningTask> tasks = new ArrayList<>();
        int unit = 0;
        for (OrderLine line : order.lines()) {
            for (int i = 0; i < line.quantity(); i++) {
                unit++;
                tasks.add(new ProvisioningTask(order.id(), line.sku(), unit, hostname(order.id(), unit)));
            }
        }
        return List.copyOf(tasks);
    }

    // Hostnames are case-insensitive in DNS; lowercase is the form every tool prints back.
    private static String hostname(String orderId, int unit) {
        return ("vps-" + orderId + "-" + unit).toLowerCase(Locale.ROOT);
    }
}
