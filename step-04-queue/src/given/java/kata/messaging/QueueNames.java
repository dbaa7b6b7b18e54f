package kata.messaging;

import java.util.Map;

/**
 * The queues the shop and the worker share, by name. Production uses the defaults; a test on a
 * shared broker gives every run names of its own ({@code ORDER_QUEUE}, {@code STATUS_QUEUE},
 * {@code PARKING_QUEUE}).
 *
 * @param orders     placed orders, shop to worker: {@code order_processing}
 * @param statuses   what became of them, worker to shop: {@code order_status}
 * @param parkingLot messages the worker cannot process, kept with the reason for a human
 */
public record QueueNames(String orders, String statuses, String parkingLot) {

    public static QueueNames standard() {
        return new QueueNames("order_processing", "order_status", "order_processing.parking_lot");
    }

    public static QueueNames fromEnvironment(Map<String, String> env) {
        QueueNames standard = standard();
        return new QueueNames(env.getOrDefault("ORDER_QUEUE", standard.orders()),
                env.getOrDefault("STATUS_QUEUE", standard.statuses()),
                env.getOrDefault("PARKING_QUEUE", standard.parkingLot()));
    }
}
