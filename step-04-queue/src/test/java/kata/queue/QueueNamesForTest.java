package kata.queue;

import java.util.Map;
import kata.messaging.QueueNames;
import kata.testkit.broker.BrokerQueues;

/** This test's own queue names on a broker that may be shared; {@link BrokerQueues} deletes them. */
record QueueNamesForTest(String orders, String statuses, String parkingLot) {

    static QueueNamesForTest in(BrokerQueues queues) {
        QueueNames standard = QueueNames.standard();
        return new QueueNamesForTest(queues.name(standard.orders()), queues.name(standard.statuses()),
                queues.name(standard.parkingLot()));
    }

    /** As the shop and the worker read them. */
    Map<String, String> env() {
        return Map.of("ORDER_QUEUE", orders, "STATUS_QUEUE", statuses, "PARKING_QUEUE", parkingLot);
    }
}
