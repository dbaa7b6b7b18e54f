package kata.exam;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import kata.runtime.http.TestHttp;
import org.awaitility.core.ConditionTimeoutException;

/**
 * What the provisioning service created, asked order by order: the one count of "lost" that does
 * not trust the shop. An order a customer was told was taken and that has no server is lost.
 */
final class Provisioned {

    private final TestHttp cloud;

    Provisioned(TestHttp cloud) {
        this.cloud = cloud;
    }

    /**
     * Of {@code accepted}, the orders that have their servers, once the workers caught up: they
     * have {@code patience} after the night to empty the queue. Asked order by order - a count
     * of servers could be reached by orders nobody was told were accepted (a checkout cut off by
     * the kill after its order was queued).
     */
    long of(Set<String> accepted, Duration patience) {
        Set<String> waiting = ConcurrentHashMap.newKeySet();
        waiting.addAll(accepted);
        try {
            await("the workers provisioning every accepted order").atMost(patience).pollInterval(Duration.ofMillis(500))
                    .until(() -> {
                        waiting.removeAll(waiting.parallelStream().filter(this::hasServers).toList());
                        return waiting.isEmpty();
                    });
        } catch (ConditionTimeoutException stillWaiting) {
            // what is still waiting now is lost
        }
        return accepted.size() - waiting.size();
    }

    private boolean hasServers(String orderId) {
        return cloud.get("/orders/" + orderId).json().path("servers").asInt() > 0;
    }
}
