package kata.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import kata.messaging.OrderMessage;
import kata.worker.ProvisioningClient;
import kata.worker.ProvisioningFailure;
import org.junit.jupiter.api.Test;

/**
 * Given: the worker's client sorts every outcome of a create into done, transient (retry later)
 * or permanent (park it). A refused connection and a timeout are transient: the order is late,
 * not wrong.
 */
class ProvisioningClientTest extends WithProvisioningService {

    private static final Duration READ_TIMEOUT = Duration.ofMillis(500);
    private static final OrderMessage ORDER = new OrderMessage(OrderMessage.SCHEMA_VERSION, "ord-client", "c-1",
            List.of(new OrderMessage.Server("VPS-SSD-4GB", "vps-ord-client-1")));

    @Test
    void aServiceThatAnswers503IsTransientAnd422IsPermanent() {
        ProvisioningClient client = new ProvisioningClient(provisioning.uri(), READ_TIMEOUT);

        provisioning.behave(0, false, 1, null);
        assertThat(failureOf(client).isTransient()).as("503").isTrue();
        provisioning.behave(0, false, 0, "VPS-SSD-4GB");
        assertThat(failureOf(client).isTransient()).as("422").isFalse();
    }

    @Test
    void aRefusedConnectionIsTransient() throws Exception {
        URI nobody;
        try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            nobody = URI.create("http://127.0.0.1:" + closed.getLocalPort());
        } // closed: connections to that port are refused
        assertThat(failureOf(new ProvisioningClient(nobody, READ_TIMEOUT)).isTransient()).isTrue();
    }

    @Test
    void aServiceThatDoesNotAnswerInTimeIsTransientAndEndsTheWait() {
        provisioning.behave(0, true, 0, null); // the create hangs
        ProvisioningClient client = new ProvisioningClient(provisioning.uri(), READ_TIMEOUT);

        long started = System.nanoTime();
        ProvisioningFailure failure = failureOf(client);
        Duration waited = Duration.ofNanos(System.nanoTime() - started);

        assertThat(failure.isTransient()).isTrue();
        // The deadline, plus headroom for a loaded 2-core machine; the hang itself lasts until released.
        assertThat(waited).as("time to give up").isLessThan(READ_TIMEOUT.plusSeconds(2));
    }

    private static ProvisioningFailure failureOf(ProvisioningClient client) {
        ProvisioningFailure failure = catchThrowableOfType(ProvisioningFailure.class,
                () -> client.createServers(ORDER, null));
        assertThat(failure).as("the create's failure").isNotNull();
        return failure;
    }
}
