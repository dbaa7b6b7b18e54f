package kata.worker;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.MessageProperties;
import java.io.IOException;
import java.util.concurrent.TimeoutException;
import kata.messaging.StatusMessage;

/**
 * Tells the shop what became of an order, by message on the status queue: persistent, and
 * confirmed by the broker before the worker acknowledges the order. The shop may be down right
 * now; the answer waits for it.
 */
public final class StatusReporter {

    private static final long CONFIRM_TIMEOUT_MILLIS = 5_000;

    private final Channel channel;
    private final String statusQueue;

    /** @param channel a channel in confirm mode ({@code confirmSelect()}) */
    public StatusReporter(Channel channel, String statusQueue) {
        this.channel = channel;
        this.statusQueue = statusQueue;
    }

    public void provisioned(String orderId) throws IOException {
        send(StatusMessage.provisioned(orderId));
    }

    public void failed(String orderId, String reason) throws IOException {
        send(StatusMessage.failed(orderId, reason));
    }

    private void send(StatusMessage status) throws IOException {
        AMQP.BasicProperties persistent = MessageProperties.PERSISTENT_BASIC.builder()
                .contentType("application/json").messageId(status.orderId() + "-" + status.status()).build();
        channel.basicPublish("", statusQueue, persistent, status.toJson());
        try {
            channel.waitForConfirmsOrDie(CONFIRM_TIMEOUT_MILLIS);
        } catch (TimeoutException | InterruptedException e) {
            throw new IOException("status of " + status.orderId() + " not confirmed by the broker", e);
        }
    }
}
