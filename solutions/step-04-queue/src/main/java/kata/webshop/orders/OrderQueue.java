package kata.webshop.orders;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import kata.messaging.Amqp;
import kata.messaging.OrderMessage;
import kata.messaging.QueueNames;
import kata.shop.orders.Order;
import kata.shop.orders.OrderStatuses;
import kata.shop.provisioning.Provisioner;

/**
 * Provisioning, handed to a queue: checkout publishes the order to {@code order_processing} and
 * returns as soon as the broker has confirmed it has the message. A worker provisions it later.
 */
public final class OrderQueue implements Provisioner, AutoCloseable {

    /** How long checkout waits for the broker's confirm before it answers 503 instead. */
    static final Duration CONFIRM_TIMEOUT = Duration.ofSeconds(1);

    private final ConnectionFactory factory;
    private final QueueNames names;
    private final OrderStatuses statuses;
    private Connection connection;
    private Channel channel;

    public OrderQueue(ConnectionFactory factory, QueueNames names, OrderStatuses statuses) {
        this.factory = factory;
        this.names = names;
        this.statuses = statuses;
    }

    /** @throws OrderNotAccepted unless the broker confirmed the order within {@link #CONFIRM_TIMEOUT} */
    @Override
    public synchronized void provision(Order order) {
        try {
            AMQP.BasicProperties properties = new AMQP.BasicProperties.Builder()
                    .deliveryMode(2)          // persistent: written to disk, survives a broker restart
                    .messageId(order.id())    // lets anyone downstream spot a duplicate
                    .contentType("application/json").build();
            Channel publishing = channel();
            publishing.basicPublish("", names.orders(), properties, OrderMessage.of(order).toJson());
            if (!publishing.waitForConfirms(CONFIRM_TIMEOUT.toMillis())) {
                throw new IOException("the broker refused the message (nack)");
            }
            statuses.pending(order.id()); // only now is the order safe: accepted
        } catch (IOException | TimeoutException | RuntimeException e) { // RuntimeException: closed, recovering
            throw notAccepted(order, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw notAccepted(order, e);
        }
    }

    /** One connection and one channel for the life of the shop; the client recovers them after a failure. */
    private Channel channel() throws IOException, TimeoutException {
        if (connection == null) {
            connection = factory.newConnection("shop-order-queue");
        }
        if (channel == null || !channel.isOpen()) {
            channel = connection.createChannel();
            channel.confirmSelect(); // from now on the broker acks (or nacks) every message we publish
            Amqp.declareQueues(channel, names);
        }
        return channel;
    }

    private OrderNotAccepted notAccepted(Order order, Exception cause) {
        String reason = cause instanceof TimeoutException
                ? "the broker did not confirm the order within " + CONFIRM_TIMEOUT.toMillis() + " ms"
                : "the order queue is unreachable"; // the details are for the log, not for the customer
        statuses.failed(order.id(), "not accepted: " + reason);
        return new OrderNotAccepted(reason, cause);
    }

    @Override
    public synchronized void close() {
        if (connection != null) {
            connection.abort(2_000); // close without waiting long for a broker that may be gone
        }
    }
}
