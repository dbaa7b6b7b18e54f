package kata.queue;

import java.util.ArrayList;
import java.util.List;
import kata.testkit.broker.BrokerQueues;
import kata.testkit.broker.TestBroker;
import kata.runtime.process.ChildJvm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * What every queue test stands on: the test JVM's broker (see {@link TestBroker}: KATA_AMQP_URI,
 * a container, or the embedded one), queues of its own that are deleted afterwards, one
 * provisioning service per class ({@link WithProvisioningService}), and the shops and workers it
 * started, stopped when it ends.
 */
abstract class WithBroker extends WithProvisioningService {

    final TestBroker broker = TestBroker.shared();
    BrokerQueues queues;
    QueueNamesForTest names;
    private final List<AutoCloseable> started = new ArrayList<>();

    @BeforeEach
    void queuesOfThisTest() {
        queues = broker.queues();
        names = QueueNamesForTest.in(queues);
        provisioning.behaveWell();
    }

    /** Workers and shops first (they hold consumers on the queues), then the queues. */
    @AfterEach
    void leaveNothingBehind() throws Exception {
        provisioning.behaveWell(); // a hanging request must not delay a worker's stop
        for (int i = started.size() - 1; i >= 0; i--) {
            started.get(i).close();
        }
        queues.close();
    }

    /** A shop provisioning through the broker, with this test's queues. */
    QueueShop queuedShop() {
        return track(QueueShop.start(QueueShop.env(broker.uri(), names, provisioning.uri())));
    }

    QueueShop queuedShopVia(java.net.URI brokerUri) {
        return track(QueueShop.start(QueueShop.env(brokerUri, names, provisioning.uri())));
    }

    ChildJvm worker(String name) {
        return track(new Workers(broker.uri(), names, provisioning.uri()).start(name));
    }

    <T extends AutoCloseable> T track(T closeable) {
        started.add(closeable);
        return closeable;
    }
}
