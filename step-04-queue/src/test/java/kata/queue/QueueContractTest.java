package kata.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import kata.messaging.Amqp;
import kata.messaging.QueueNames;
import kata.testkit.broker.BrokerQueues;
import org.junit.jupiter.api.Test;

/**
 * Given: what the README says about the queues before any target: their names, that all three
 * are durable, and that a test's queues are its own and deleted when it ends.
 */
class QueueContractTest extends WithBroker {

    @Test
    void theQueuesHaveTheArticlesNamesUnlessTheEnvironmentNamesOthers() {
        assertThat(QueueNames.fromEnvironment(Map.of())).isEqualTo(
                new QueueNames("order_processing", "order_status", "order_processing.parking_lot"));
        assertThat(QueueNames.fromEnvironment(Map.of("ORDER_QUEUE", "o", "STATUS_QUEUE", "s", "PARKING_QUEUE", "p")))
                .isEqualTo(new QueueNames("o", "s", "p"));
    }

    @Test
    void declareQueuesMakesAllThreeDurable() throws Exception {
        QueueNames ours = new QueueNames(names.orders(), names.statuses(), names.parkingLot());
        List<String> three = List.of(ours.orders(), ours.statuses(), ours.parkingLot());
        try (Connection connection = broker.connect("queue-contract"); Channel channel = connection.createChannel()) {
            Amqp.declareQueues(channel, ours);
        }
        if (broker.isRabbitMq()) {
            // RabbitMQ refuses to declare an existing queue with other properties (406 PRECONDITION_FAILED).
            try (Connection connection = broker.connect("queue-contract")) {
                for (String queue : three) {
                    Channel channel = connection.createChannel(); // the broker closes it on the 406
                    assertThatThrownBy(() -> channel.queueDeclare(queue, false, false, false, null))
                            .as("declaring %s transient, after declareQueues", queue).isInstanceOf(IOException.class);
                }
            }
            return;
        }
        // Qpid does not compare a redeclaration: the proof is a restart, which only durable queues survive.
        assumeThat(broker.canRestart()).as("%s can be neither restarted nor asked", broker.description()).isTrue();
        broker.restart();
        await("all three queues back after the restart (a transient one would be gone)").atMost(Duration.ofSeconds(30))
                .ignoreExceptions().until(() -> three.stream().allMatch(queue -> queues.depth(queue) == 0));
    }

    @Test
    void everyTestsQueuesAreItsOwnAndGoneWhenItEnds() throws Exception {
        String queue;
        try (BrokerQueues another = broker.queues(); Connection connection = broker.connect("queue-contract");
             Channel channel = connection.createChannel()) {
            queue = another.name("order_processing");
            assertThat(queue).as("another test's name for the same queue").isNotEqualTo(names.orders());
            channel.queueDeclare(queue, true, false, false, null);
            assertThat(queues.depth(queue)).as("while the other test runs").isZero();
        }
        assertThat(queues.depth(queue)).as("after it ended (-1: no such queue)").isEqualTo(-1);
    }
}
