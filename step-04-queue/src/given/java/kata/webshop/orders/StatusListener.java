package kata.webshop.orders;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.Delivery;
import java.io.IOException;
import kata.messaging.StatusMessage;
import kata.messaging.UnreadableMessage;
import kata.shop.orders.OrderStatuses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The shop's ear: reads what the workers report on the status queue and records it in
 * {@link OrderStatuses}. Statuses are idempotent (a final status is never replaced), so a
 * redelivered report is harmless, and a report is acknowledged only once it is recorded.
 */
public final class StatusListener {

    private static final Logger LOG = LoggerFactory.getLogger(StatusListener.class);

    private final OrderStatuses statuses;

    public StatusListener(OrderStatuses statuses) {
        this.statuses = statuses;
    }

    /** Subscribes on a channel of its own; the client's automatic recovery re-subscribes after a restart. */
    public void listen(Connection connection, String statusQueue) throws IOException {
        Channel channel = connection.createChannel();
        channel.basicQos(50);
        channel.basicConsume(statusQueue, false, (tag, delivery) -> record(channel, delivery), tag -> { });
    }

    private void record(Channel channel, Delivery delivery) throws IOException {
        try {
            StatusMessage status = StatusMessage.read(delivery.getBody());
            if ("PROVISIONED".equals(status.status())) {
                statuses.provisioned(status.orderId());
            } else {
                statuses.failed(status.orderId(), status.reason());
            }
        } catch (UnreadableMessage e) {
            LOG.warn("dropped an unreadable status message: {}", e.getMessage()); // a bug in a worker: log it loudly
        }
        channel.basicAck(delivery.getEnvelope().getDeliveryTag(), false);
    }
}
