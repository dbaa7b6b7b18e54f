package kata.worker;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Delivery;
import java.io.IOException;
import java.time.Duration;
import kata.messaging.OrderMessage;
import kata.messaging.QueueNames;
import kata.messaging.UnreadableMessage;

/**
 * Takes orders off the queue and provisions them: the worker's whole job. The delivery promise
 * is at-least-once (a message is acknowledged only after its work is done, so a crash means
 * redelivery), and the provisioning call is idempotent, so "at least once" costs nothing.
 */
public final class OrderConsumer {

    /** How many unacknowledged orders one worker may hold: the rest wait for any worker. */
    static final int PREFETCH = 1;
    /** A transient failure is tried this often in all before the order is parked. */
    static final int MAX_ATTEMPTS = 3;

    private final Channel channel;
    private final QueueNames names;
    private final ProvisioningClient cloud;
    private final StatusReporter status;
    private final Republish republish;
    private final Duration retryDelay;

    public OrderConsumer(Channel channel, QueueNames names, ProvisioningClient cloud, Duration retryDelay) {
        this.channel = channel;
        this.names = names;
        this.cloud = cloud;
        this.retryDelay = retryDelay;
        this.status = new StatusReporter(channel, names.statuses());
        this.republish = new Republish(channel, names);
    }

    public void start() throws IOException {
        // TODO(target 3): subscribe to names.orders() with manual acknowledgements (autoAck = false) and
        //  at most PREFETCH unacknowledged messages (basicQos); hand each delivery to handle(...).
        throw new UnsupportedOperationException("TODO(target 3): consume the order queue");
    }

    private void handle(Delivery delivery) throws IOException {
        // TODO(target 3): read the order (OrderMessage.read), create its servers (cloud.createServers, with
        //  the order id as the idempotency key), report status.provisioned(...), and only then basicAck.
        // TODO(target 4): an UnreadableMessage or a permanent ProvisioningFailure goes to the parking lot
        //  (republish.toParkingLot, with the reason; a failed order is also reported: status.failed);
        //  a transient one goes back to the queue after a pause (republish.toOrderQueueAgain), until
        //  MAX_ATTEMPTS. Either way, ack the original once its copy is safe.
        throw new UnsupportedOperationException("TODO(target 3): provision the order, then acknowledge it");
    }

    private static void pause(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
