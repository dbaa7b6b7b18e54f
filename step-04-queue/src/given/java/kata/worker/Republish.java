package kata.worker;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Delivery;
import java.io.IOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import kata.messaging.QueueNames;

/**
 * Moves a message the worker is holding: to the parking lot (with the reason), or to the back of
 * the order queue for another attempt (with the attempt count). Either way the copy is
 * persistent and confirmed by the broker before this returns, so the caller may then ack the
 * original: the message is never in no queue at all.
 *
 * <p>Why not the broker's dead-lettering ({@code x-dead-letter-exchange}) and a TTL retry queue?
 * On RabbitMQ that is the usual way, and the README shows it; but it is a RabbitMQ extension
 * that other AMQP 0-9-1 brokers (the tests' embedded one) refuse. Publishing and acking works
 * on every broker, and the reason travels in a header a human can read.
 */
public final class Republish {

    public static final String REASON = "x-parking-reason";
    public static final String ATTEMPTS = "x-attempts";
    private static final long CONFIRM_TIMEOUT_MILLIS = 5_000;

    private final Channel channel;
    private final QueueNames names;

    /** @param channel a channel in confirm mode ({@code confirmSelect()}) */
    public Republish(Channel channel, QueueNames names) {
        this.channel = channel;
        this.names = names;
    }

    /** How often this message was tried before (0 on the first delivery). */
    public static int attemptsSoFar(Delivery delivery) {
        Map<String, Object> headers = delivery.getProperties().getHeaders();
        Object attempts = headers == null ? null : headers.get(ATTEMPTS);
        return attempts instanceof Number n ? n.intValue() : 0;
    }

    public void toParkingLot(Delivery delivery, String reason) throws IOException {
        Map<String, Object> headers = copyOfHeaders(delivery);
        headers.put(REASON, reason);
        headers.put("x-original-queue", names.orders());
        headers.put("x-parked-at", Instant.now().toString());
        copy(delivery, names.parkingLot(), headers);
    }

    public void toOrderQueueAgain(Delivery delivery, int attempts) throws IOException {
        Map<String, Object> headers = copyOfHeaders(delivery);
        headers.put(ATTEMPTS, attempts);
        copy(delivery, names.orders(), headers);
    }

    private void copy(Delivery delivery, String queue, Map<String, Object> headers) throws IOException {
        AMQP.BasicProperties properties = delivery.getProperties().builder().headers(headers).deliveryMode(2).build();
        channel.basicPublish("", queue, properties, delivery.getBody());
        try {
            channel.waitForConfirmsOrDie(CONFIRM_TIMEOUT_MILLIS);
        } catch (TimeoutException | InterruptedException e) {
            throw new IOException("copy to " + queue + " not confirmed: the original stays unacknowledged", e);
        }
    }

    private static Map<String, Object> copyOfHeaders(Delivery delivery) {
        Map<String, Object> headers = delivery.getProperties().getHeaders();
        return headers == null ? new HashMap<>() : new HashMap<>(headers);
    }
}
