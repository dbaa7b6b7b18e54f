package kata.messaging;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.ConnectionFactory;
import java.io.IOException;
import java.net.URI;
import java.security.GeneralSecurityException;

/**
 * How every program of this step connects to the broker: one {@link ConnectionFactory} per
 * program, set up for a network that fails. Not what the step teaches; what it stands on.
 */
public final class Amqp {

    private Amqp() {
    }

    /**
     * A factory for {@code amqp://user:password@host:port}. Automatic recovery is on (the
     * client reconnects, reopens channels and re-subscribes consumers after a broker restart),
     * and every wait is short (5 s, for a laptop under load), so a broken network costs a request seconds, not minutes.
     */
    public static ConnectionFactory factory(URI uri) {
        ConnectionFactory factory = new ConnectionFactory();
        try {
            factory.setUri(uri);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an amqp:// URI: " + uri, e);
        }
        factory.setAutomaticRecoveryEnabled(true);
        factory.setTopologyRecoveryEnabled(true);
        factory.setNetworkRecoveryInterval(1_000);
        factory.setConnectionTimeout(5_000);
        factory.setHandshakeTimeout(5_000);
        factory.setChannelRpcTimeout(5_000); // default 10 minutes: a frozen network would hang a checkout
        factory.setRequestedHeartbeat(10);   // a silently dead broker is noticed within ~20 s
        return factory;
    }

    /**
     * Declares the three queues, durable: they survive a broker restart, and with them every
     * persistent message in them. Both sides declare them (declaring is idempotent), so
     * whichever starts first finds them ready. No RabbitMQ-only arguments: the same code runs
     * on the embedded broker of the tests.
     */
    public static void declareQueues(Channel channel, QueueNames names) throws IOException {
        boolean durable = true;
        boolean exclusive = false;
        boolean autoDelete = false;
        channel.queueDeclare(names.orders(), durable, exclusive, autoDelete, null);
        channel.queueDeclare(names.statuses(), durable, exclusive, autoDelete, null);
        channel.queueDeclare(names.parkingLot(), durable, exclusive, autoDelete, null);
    }
}
