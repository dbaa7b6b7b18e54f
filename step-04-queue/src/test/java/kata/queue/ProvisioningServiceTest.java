package kata.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import kata.runtime.http.HttpResult;
import kata.runtime.http.TestHttp;
import org.junit.jupiter.api.Test;
import static kata.testkit.http.JsonErrorAssertions.assertJsonError;

/** Given: the provisioning service, the stand-in for the cloud API, counts what it creates and misbehaves on demand. */
class ProvisioningServiceTest extends WithProvisioningService {

    private static final String ORDER = "{\"orderId\":\"%s\",\"servers\":[{\"sku\":\"VPS-SSD-4GB\",\"hostname\":\"vps-%s-1\"}]}";

    @Test
    void withoutAKeyEveryCallCreatesServersAndDuplicatesAreCounted() {
        assertThat(create("ord-a", null).status()).isEqualTo(201);
        assertThat(create("ord-a", null).status()).isEqualTo(201);
        assertThat(provisioning.serversOf("ord-a")).isEqualTo(2);
        assertThat(provisioning.stats().get("duplicateServers").asInt()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void aRepeatedIdempotencyKeyCreatesNothingNew() {
        assertThat(create("ord-b", "ord-b").status()).isEqualTo(201);
        assertThat(create("ord-b", "ord-b").status()).as("seen before").isEqualTo(200);
        assertThat(provisioning.serversOf("ord-b")).isEqualTo(1);
        assertThat(provisioning.callsFor("ord-b")).isEqualTo(2);
    }

    @Test
    void failsOnDemandTransientlyOrPermanently() {
        provisioning.behave(0, false, 1, null);
        assertJsonError(create("ord-c", "ord-c"), 503);
        assertThat(create("ord-c", "ord-c").status()).as("the next call works").isEqualTo(201);
        provisioning.behave(0, false, 0, "VPS-SSD-4GB");
        assertJsonError(create("ord-d", "ord-d"), 422);
        assertThat(provisioning.serversOf("ord-d")).isZero();
    }

    @Test
    void badInputGetsAJsonError() {
        assertJsonError(TestHttp.to(provisioning.uri()).post("/servers", "{\"orderId\":\"x\"}"), 400);
        assertJsonError(TestHttp.to(provisioning.uri()).post("/servers", "{nope"), 400);
    }

    private static HttpResult create(String orderId, String key) {
        String body = String.format(ORDER, orderId, orderId);
        return key == null
                ? TestHttp.to(provisioning.uri()).post("/servers", body)
                : TestHttp.to(provisioning.uri()).send("POST", "/servers", body, Duration.ofSeconds(5),
                        "Content-Type", "application/json", "Idempotency-Key", key);
    }
}
