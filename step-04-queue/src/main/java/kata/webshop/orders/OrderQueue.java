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
        // TODO(target 2): publish OrderMessage.of(order).toJson() to names.orders() through the default
        //  exchange (""): persistent (deliveryMode 2), messageId = the order id, contentType JSON. Wait for
        //  the broker's confirm (waitForConfirms(CONFIRM_TIMEOUT)); only then statuses.pending(order.id()).
        //  A nack, a timeout or a closed connection: throw notAccepted(order, cause) - checkout answers 503.
        throw new UnsupportedOperationException("TODO(target 2): publish the order and wait for the confirm");
    }

    /** One connection and one channel for the life of the shop; the client recovers them after a failure. */
    private Channel channel() throws IOException, TimeoutException {
        // TODO(target 2): open the connection (factory.newConnection) and the channel once, and keep them
        //  in the fields. A new channel needs confirmSelect() and Amqp.declareQueues(channel, names).
        throw new UnsupportedOperationException("TODO(target 2): one long-lived connection and channel");
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
