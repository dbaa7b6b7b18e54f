package kata.gateway;

import static kata.testkit.http.JsonErrorAssertions.assertJsonError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.stream.IntStream;
import kata.gateway.health.PassiveHealth;
import kata.gateway.support.JavaGateway;
import kata.gateway.support.TestUpstream;
import kata.gateway.support.Topologies;
import kata.gateway.topology.Balance;
import kata.testkit.Exercise;
import kata.runtime.http.HttpResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Target 3: failure. What the Java gateway does when an upstream refuses, hangs or breaks -
 * read timeout 1.5 s, connect timeout 250 ms (Topologies.SCENARIO).
 */
class FailureTest {

    private static final Duration HANGS = Duration.ofSeconds(5);
    private TestUpstream a;
    private TestUpstream b;
    private JavaGateway gateway;

    @AfterEach
    void stop() {
        if (gateway != null) {
            gateway.close();
        }
        if (a != null) {
            a.close();
        }
        if (b != null) {
            b.close();
        }
    }

    @Test
    @Exercise(hint = "A connect failure means the upstream never saw the request: an idempotent one may go to the next server",
            more = "Failures.mayTryNext(method, failure): true only for UpstreamFailure.CONNECT and an idempotent method (GET, HEAD, PUT, DELETE, ...).",
            readme = "#target-3-failure-next-upstream-504-502-passive-health")
    void aRefusedConnectionSendsTheRequestToTheNextServer() {
        a = TestUpstream.start("app-a");
        b = TestUpstream.start("app-b");
        gateway = JavaGateway.start(Topologies.onePool(Balance.ROUND_ROBIN, a.spec(), b.spec()));
        a.stop(); // connection refused from now on

        // The first pick is app-a (round-robin, equal weights): refused. A POST is never tried twice,
        // even when nothing was sent: the gateway's 502, and app-b sees no POST.
        HttpResult post = gateway.http().send("POST", "/checkout", "{}", Duration.ofSeconds(10),
                "Content-Type", "application/json");
        assertJsonError(post, 502);
        assertThat(b.posts()).as("POSTs app-b received after app-a refused one").isZero();
        for (int i = 0; i < 4; i++) {
            HttpResult answer = gateway.http().get("/products");
            assertThat(answer.status()).as("GET %d with app-a down: %s", i, answer.body()).isEqualTo(200);
            assertThat(answer.header("X-Shop-Node")).isEqualTo("app-b");
        }
    }

    @Test
    @Exercise(hint = "Never send a POST to a second server once one has it: only a CONNECT failure of an idempotent method is retried",
            more = "A read timeout means the upstream got the request and may be doing it right now. Sending the POST again is a second checkout.",
            readme = "#target-3-failure-next-upstream-504-502-passive-health")
    void aPostThatReachedAnUpstreamIsNeverSentToASecond() {
        a = TestUpstream.start("app-a").slow(HANGS);
        b = TestUpstream.start("app-b").slow(HANGS);
        gateway = JavaGateway.start(Topologies.onePool(Balance.ROUND_ROBIN, a.spec(), b.spec()));

        HttpResult answer = gateway.http().send("POST", "/checkout", "{}", Duration.ofSeconds(10),
                "Content-Type", "application/json");

        assertJsonError(answer, 504);
        assertThat(a.posts() + b.posts()).as("POSTs the upstreams received for one checkout").isEqualTo(1);
    }

    @Test
    @Exercise(hint = "A read timeout is the gateway's 504; any other failure with no answer is 502",
            more = "Failures.statusFor(UpstreamFailure.READ_TIMEOUT) = 504, else 502. The timeout itself is the request's idle timeout (GatewayProxy).",
            readme = "#target-3-failure-next-upstream-504-502-passive-health")
    void aHungUpstreamIsA504WithinTheReadTimeout() {
        a = TestUpstream.start("app-a").slow(HANGS);
        gateway = JavaGateway.start(Topologies.onePool(Balance.ROUND_ROBIN, a.spec()));

        HttpResult answer = gateway.http().get("/products", Duration.ofSeconds(10));

        assertJsonError(answer, 504);
        assertThat(answer.elapsed()).as("read timeout %s, plus headroom for a loaded machine", Topologies.SCENARIO.read())
                .isLessThan(Topologies.SCENARIO.read().plusSeconds(2));
    }

    @Test
    @Exercise(hint = "An upstream's 500 may carry a stack trace: the gateway answers its own 502 JSON instead",
            more = "Failures.hidesUpstreamAnswer(status): true for 500. The shop's own 503 JSON passes through untouched.",
            readme = "#target-3-failure-next-upstream-504-502-passive-health")
    void anUpstreams500IsTheGateways502() {
        a = TestUpstream.start("app-a").answering(500);
        gateway = JavaGateway.start(Topologies.onePool(Balance.ROUND_ROBIN, a.spec()));

        HttpResult answer = gateway.http().get("/products");

        assertJsonError(answer, 502);
        assertThat(answer.body()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(gateway.http().get("/products").status()).as("a second request: still the gateway's 502").isEqualTo(502);

        b = TestUpstream.start("app-b").answering(503);
        gateway.close();
        gateway = JavaGateway.start(Topologies.onePool(Balance.ROUND_ROBIN, b.spec()));
        HttpResult unavailable = gateway.http().get("/products");
        assertThat(unavailable.status()).as("the shop's own 503 passes through").isEqualTo(503);
        assertThat(unavailable.body()).as("the shop's own 503 JSON, untouched").isEqualTo(TestUpstream.UNAVAILABLE_JSON);
    }

    @Test
    void anIdleGatewaySendsNoTrafficOfItsOwn() {
        a = TestUpstream.start("app-a");
        gateway = JavaGateway.start(Topologies.onePool(Balance.ROUND_ROBIN, a.spec()));

        // Passive health: no probes. An idle gateway learns nothing, and asks nothing.
        await("an idle gateway's upstream stays idle").during(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(3))
                .until(() -> a.requests() == 0);
    }

    @Test
    @Exercise(hint = "max_fails failures, each within fail_timeout of the last: leave the server alone for fail_timeout",
            more = "PassiveHealth: count failures (restart the count when the last one is older than failTimeout); available when"
                    + " maxFails == 0, fails < maxFails, or failTimeout has passed since the last failure; a success resets the count.",
            readme = "#target-3-failure-next-upstream-504-502-passive-health")
    void passiveHealthLeavesAFailingServerAloneForFailTimeout() {
        Instant t0 = Instant.parse("2026-01-01T03:00:00Z");
        PassiveHealth health = new PassiveHealth(2, Duration.ofSeconds(10));

        health.failed(t0);
        assertThat(health.available(t0)).as("1 failure of max_fails=2").isTrue();
        health.failed(t0.plusSeconds(1));
        assertThat(health.available(t0.plusSeconds(2))).as("2 failures within 10 s").isFalse();
        assertThat(health.available(t0.plusSeconds(10))).as("9 s after the last failure").isFalse();
        assertThat(health.available(t0.plusSeconds(12))).as("fail_timeout has passed: try it again").isTrue();
        health.succeeded();
        health.failed(t0.plusSeconds(13));
        assertThat(health.available(t0.plusSeconds(13))).as("a success forgave the past").isTrue();

        PassiveHealth rare = new PassiveHealth(2, Duration.ofSeconds(10));
        IntStream.range(0, 5).forEach(i -> rare.failed(t0.plusSeconds(60L * i)));
        assertThat(rare.available(t0.plusSeconds(241))).as("one failure a minute never adds up to max_fails").isTrue();

        PassiveHealth never = new PassiveHealth(0, Duration.ofSeconds(10));
        IntStream.range(0, 5).forEach(i -> never.failed(t0));
        assertThat(never.available(t0)).as("max_fails=0: never marked failed").isTrue();
    }
}
