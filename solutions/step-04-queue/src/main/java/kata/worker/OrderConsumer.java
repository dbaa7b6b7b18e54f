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
        channel.basicQos(PREFETCH);
        boolean autoAck = false; // the broker keeps each message until we say it is done
        channel.basicConsume(names.orders(), autoAck, (tag, delivery) -> handle(delivery), tag -> { });
    }

    private void handle(Delivery delivery) throws IOException {
        long tag = delivery.getEnvelope().getDeliveryTag();
        OrderMessage order;
        try {
            order = OrderMessage.read(delivery.getBody());
        } catch (UnreadableMessage poison) { // no retry can fix it: park it for a human, with the reason
            republish.toParkingLot(delivery, poison.getMessage());
            channel.basicAck(tag, false);
            return;
        }
        try {
            cloud.createServers(order, order.orderId()); // the order id is the idempotency key
            status.provisioned(order.orderId());
        } catch (ProvisioningFailure failure) {
            int attempts = Republish.attemptsSoFar(delivery) + 1;
            if (failure.isTransient() && attempts < MAX_ATTEMPTS) {
                pause(retryDelay.multipliedBy(attempts)); // back off: the service is having a bad moment
                republish.toOrderQueueAgain(delivery, attempts);
            } else {
                String reason = failure.isTransient()
                        ? "gave up after " + attempts + " attempts: " + failure.getMessage() : failure.getMessage();
                republish.toParkingLot(delivery, reason);
                status.failed(order.orderId(), reason);
            }
        }
        channel.basicAck(tag, false); // only now: the work is done, or the message is safe elsewhere
    }

    private static void pause(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
