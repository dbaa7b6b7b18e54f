package kata.queue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import kata.provisioning.ProvisioningApp;
import kata.runtime.http.HttpResult;
import kata.runtime.http.TestHttp;
import kata.runtime.process.ChildJvm;

/** The provisioning service in its own JVM, and what the tests ask of it. */
final class ProvisioningStandIn implements AutoCloseable {

    private final ChildJvm service;

    private ProvisioningStandIn(ChildJvm service) {
        this.service = service;
    }

    static ProvisioningStandIn start() {
        return new ProvisioningStandIn(ChildJvm.builder("provisioning", ProvisioningApp.class).heap("64m")
                .env("PORT", "0").start());
    }

    URI uri() {
        return service.baseUri();
    }

    /** Every create answers normally and at once. */
    void behaveWell() {
        behave(0, false, 0, null);
    }

    void behave(int delayMillis, boolean hang, int failNext, String refuseSku) {
        String sku = refuseSku == null ? "null" : "\"" + refuseSku + "\"";
        HttpResult answer = TestHttp.to(uri()).post("/behaviour", "{\"delayMillis\":" + delayMillis + ",\"hang\":" + hang
                + ",\"failNext\":" + failNext + ",\"refuseSku\":" + sku + "}");
        if (answer.status() != 200) {
            throw new IllegalStateException("provisioning service refused the behaviour: " + answer.body());
        }
    }

    /** {@code {"calls": 9, "servers": 7, "duplicateServers": 0, ...}}. */
    JsonNode stats() {
        return QueueShop.json(TestHttp.to(uri()).get("/stats").body());
    }

    int calls() {
        return stats().get("calls").asInt();
    }

    /** Servers created for the order so far (a hostname created twice counts twice). */
    int serversOf(String orderId) {
        return QueueShop.json(TestHttp.to(uri()).get("/orders/" + orderId).body()).get("servers").asInt();
    }

    int callsFor(String orderId) {
        return QueueShop.json(TestHttp.to(uri()).get("/orders/" + orderId).body()).get("calls").asInt();
    }

    /** The pauses between the calls for one order, in milliseconds, in order. */
    List<Long> pausesBetweenCallsFor(String orderId) {
        JsonNode times = QueueShop.json(TestHttp.to(uri()).get("/orders/" + orderId).body()).get("callMillis");
        List<Long> pauses = new ArrayList<>();
        for (int i = 1; i < times.size(); i++) {
            pauses.add(times.get(i).asLong() - times.get(i - 1).asLong());
        }
        return pauses;
    }

    @Override
    public void close() {
        service.stop();
    }
}
