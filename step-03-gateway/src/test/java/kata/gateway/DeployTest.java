package kata.gateway;

import static kata.testkit.http.JsonErrorAssertions.assertJsonError;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import kata.gateway.admin.AdminToken;
import kata.gateway.support.JavaGateway;
import kata.gateway.support.TestUpstream;
import kata.gateway.support.Topologies;
import kata.gateway.topology.Balance;
import kata.testkit.Exercise;
import kata.runtime.http.HttpResult;
import kata.runtime.http.TestHttp;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Target 4, the operator's side: draining a node, and an admin surface that needs its token. */
class DeployTest {

    private TestUpstream a;
    private TestUpstream b;
    private JavaGateway gateway;

    @BeforeEach
    void start() {
        a = TestUpstream.start("app-a");
        b = TestUpstream.start("app-b");
        gateway = JavaGateway.start(Topologies.onePool(Balance.ROUND_ROBIN, a.spec(), b.spec()));
    }

    @AfterEach
    void stop() {
        gateway.close();
        a.close();
        b.close();
    }

    @Test
    @Exercise(hint = "AdminToken.allows: only 'Bearer <the configured token>'; no token configured means nobody",
            more = "Compare with MessageDigest.isEqual (constant time). A null or blank ADMIN_TOKEN must not let 'Bearer ' or 'Bearer null' in.",
            readme = "#target-4-zero-downtime-deploys")
    void theAdminSurfaceNeedsItsToken() {
        TestHttp admin = gateway.admin();

        assertJsonError(admin.get("/status"), 401);
        assertJsonError(admin.send("POST", "/nodes/app-a/drain", "", TestHttp.DEFAULT_TIMEOUT,
                "Authorization", "Bearer not-the-token"), 401);
        assertThat(admin.send("GET", "/status", null, TestHttp.DEFAULT_TIMEOUT,
                "Authorization", "Bearer " + JavaGateway.TOKEN).status()).as("with the token").isEqualTo(200);
        assertThat(a.requests() + b.requests()).as("nothing was drained").isZero();

        AdminToken none = new AdminToken(null);
        assertThat(none.allows("Bearer ")).as("no ADMIN_TOKEN configured, empty token sent").isFalse();
        assertThat(none.allows("Bearer null")).as("no ADMIN_TOKEN configured, 'null' sent").isFalse();
        assertThat(new AdminToken("  ").allows("Bearer ")).as("a blank ADMIN_TOKEN is no token").isFalse();
    }

    @Test
    @Exercise(hint = "A drained peer takes no new request (PeerPicker skips it); the requests it has finish normally",
            more = "Drain is a flag on the Peer; PeerPicker's canTake must check it (target 2). The admin call returns at once;"
                    + " GET /status shows 'active' going to 0.",
            readme = "#target-4-zero-downtime-deploys")
    void aDrainedNodeFinishesItsRequestsAndGetsNoNewOnes() {
        a.slow(Duration.ofMillis(800)); // under the 1.5 s read timeout
        CompletableFuture<HttpResult> inFlight = CompletableFuture.supplyAsync(() -> gateway.http().get("/slow"));
        Awaitility.await("the first request to reach app-a").atMost(Duration.ofSeconds(5)).until(() -> a.requests() == 1);

        HttpResult drained = gateway.admin().send("POST", "/nodes/app-a/drain", "", TestHttp.DEFAULT_TIMEOUT,
                "Authorization", "Bearer " + JavaGateway.TOKEN);
        assertThat(drained.status()).as("drain app-a: %s", drained.body()).isEqualTo(200);

        for (int i = 0; i < 6; i++) {
            assertThat(gateway.http().get("/fast").header("X-Shop-Node")).as("request %d after the drain", i).isEqualTo("app-b");
        }
        HttpResult finished = inFlight.join();
        assertThat(finished.status()).as("the request app-a had in flight").isEqualTo(200);
        assertThat(finished.header("X-Shop-Node")).isEqualTo("app-a");
        assertThat(a.requests()).as("requests app-a got in all").isEqualTo(1);
    }
}
