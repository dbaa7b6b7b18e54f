package kata.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import kata.runtime.http.HttpResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Given: where this step starts. Without {@code AMQP_URI} the shop provisions on the checkout's
 * own thread, so the customer waits for the cloud API: as long as it takes, and forever when it
 * hangs. (Still true after the step, for a shop started without a broker.)
 */
class SynchronousCheckoutTest extends WithProvisioningService {

    private static QueueShop shop;

    /** After the provisioning service (WithProvisioningService starts it first). */
    @BeforeAll
    static void startTheShop() {
        shop = QueueShop.start(Map.of("PROVISIONING_URL", provisioning.uri().toString()));
    }

    /** Before the provisioning service; every test has left it well behaved, so no request hangs here. */
    @AfterAll
    static void stopTheShop() {
        shop.close();
    }

    @Test
    void checkoutWaitsUntilTheServersExist() {
        provisioning.behave(600, false, 0, null);
        HttpResult answer = shop.checkout(QueueShop.THREE_SERVERS, Duration.ofSeconds(10));
        assertThat(answer.status()).isEqualTo(201);
        assertThat(QueueShop.json(answer.body()).get("status").asText()).isEqualTo("PROVISIONED");
        assertThat(answer.elapsed()).as("the customer waited for the cloud API").isGreaterThanOrEqualTo(Duration.ofMillis(600));
    }

    @Test
    void checkoutHangsWhileProvisioningHangs() {
        provisioning.behave(0, true, 0, null);
        HttpResult answer = shop.checkout(QueueShop.ONE_SERVER, Duration.ofSeconds(2));
        assertThat(answer.status()).as("no answer within 2 s: %s", answer.body()).isEqualTo(-1);
    }
}
