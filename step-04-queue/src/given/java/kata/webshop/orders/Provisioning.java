package kata.webshop.orders;

import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import java.net.URI;
import kata.messaging.Amqp;
import kata.messaging.QueueNames;
import kata.shop.orders.OrderStatuses;
import kata.shop.provisioning.Provisioner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How this shop gets servers provisioned, and what it has to close when it stops: over HTTP on
 * the checkout's thread (the shop so far), or through the order queue, with a listener for the
 * workers' answers.
 */
public final class Provisioning implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Provisioning.class);

    private final Provisioner provisioner;
    private final AutoCloseable[] resources;

    private Provisioning(Provisioner provisioner, AutoCloseable... resources) {
        this.provisioner = provisioner;
        this.resources = resources;
    }

    /** Synchronous: checkout waits for the provisioning service. */
    public static Provisioning overHttp(URI provisioningService, OrderStatuses statuses) {
        return new Provisioning(new HttpProvisioner(provisioningService, statuses));
    }

    /** Asynchronous: checkout publishes the order; statuses come back by message. */
    public static Provisioning throughQueue(URI broker, QueueNames names, OrderStatuses statuses) {
        ConnectionFactory factory = Amqp.factory(broker);
        OrderQueue queue = new OrderQueue(factory, names, statuses);
        try {
            // Consumers get a connection of their own: a publisher the broker slows down
            // (flow control) must not slow down the answers coming in.
            Connection listening = factory.newConnection("shop-status-listener");
            Amqp.declareQueues(listening.createChannel(), names);
            new StatusListener(statuses).listen(listening, names.statuses());
            return new Provisioning(queue, queue, () -> listening.abort(2_000));
        } catch (Exception e) {
            LOG.warn("broker unreachable at start ({}): orders will be refused until it is back, and statuses"
                    + " will not update until the shop restarts", e.toString());
            return new Provisioning(queue, queue);
        }
    }

    public Provisioner provisioner() {
        return provisioner;
    }

    @Override
    public void close() {
        for (AutoCloseable resource : resources) {
            try {
                resource.close();
            } catch (Exception e) {
                LOG.warn("while stopping provisioning: {}", e.toString());
            }
        }
    }
}
