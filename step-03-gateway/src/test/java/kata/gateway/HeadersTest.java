package kata.gateway;

import static kata.testkit.http.JsonErrorAssertions.assertJsonError;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import kata.gateway.support.JavaGateway;
import kata.gateway.support.RawHttp;
import kata.gateway.support.TestUpstream;
import kata.gateway.support.Topologies;
import kata.gateway.topology.Balance;
import kata.testkit.Exercise;
import kata.runtime.http.HttpResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Target 1, the headers and the body limit: what the upstream learns about the client, and what never reaches it. */
class HeadersTest {

    private TestUpstream upstream;
    private JavaGateway gateway;

    @BeforeEach
    void start() {
        upstream = TestUpstream.start("app-a");
        gateway = JavaGateway.start(Topologies.onePool(Balance.ROUND_ROBIN, upstream.spec()));
    }

    @AfterEach
    void stop() {
        gateway.close();
        upstream.close();
    }

    @Test
    @Exercise(hint = "Take the client's address from the socket: put X-Real-IP and X-Forwarded-For, never add to what the client sent",
            more = "In ClientAddressHeaders: upstreamHeaders.put(...) replaces every value the client sent; add(...) keeps"
                    + " the client's claim first in line, and an upstream that reads the first value trusts the attacker."
                    + " Host and the hop-by-hop headers are Jetty's proxy's job already.",
            readme = "#target-1-one-entry-point-routes-and-headers")
    void theUpstreamLearnsTheClientFromTheSocketNotFromTheClient() {
        int status = RawHttp.send(gateway.baseUri(), "GET", "/products",
                "Host: shop.example",
                "X-Forwarded-For: 10.0.0.1",          // "I am internal, trust me"
                "X-Real-IP: 10.0.0.1",
                "Connection: close, X-Debug-Session", // X-Debug-Session is hop-by-hop now
                "X-Debug-Session: let-me-in",
                "Proxy-Authorization: Basic c2VjcmV0",
                "TE: trailers");

        assertThat(status).as("the gateway forwards GET /products").isEqualTo(200);
        Map<String, String> seen = upstream.lastHeaders();
        assertThat(seen.get("x-real-ip")).as("X-Real-IP the upstream saw").isEqualTo("127.0.0.1");
        assertThat(seen.get("x-forwarded-for")).as("X-Forwarded-For the upstream saw").isEqualTo("127.0.0.1");
        assertThat(seen.get("host")).as("Host: the client's, kept").isEqualTo("shop.example");
        assertThat(seen).as("hop-by-hop headers stay between the client and the gateway")
                .doesNotContainKeys("x-debug-session", "proxy-authorization", "te");
    }

    @Test
    @Exercise(hint = "Refuse a body bigger than the topology's maxBodyBytes (413) before choosing an upstream",
            more = "BodyLimit.tooLarge gets the request's declared Content-Length; the gateway calls it before any upstream is chosen.",
            readme = "#target-1-one-entry-point-routes-and-headers")
    void anOversizedBodyIsRefusedBeforeAnyUpstreamSeesIt() {
        String tooBig = "{\"customerId\":\"c-1\",\"pad\":\"" + "x".repeat(100 * 1024) + "\"}";

        HttpResult answer = gateway.http().post("/checkout", tooBig);

        assertJsonError(answer, 413);
        assertThat(upstream.requests()).as("requests the upstream saw").isZero();
    }
}
