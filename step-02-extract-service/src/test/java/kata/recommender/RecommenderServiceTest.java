package kata.recommender;

import static kata.testkit.http.JsonErrorAssertions.assertJsonError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.time.Duration;
import java.util.stream.Stream;
import kata.shop.catalog.Catalog;
import kata.shop.recommendations.RecommendationEngine;
import kata.testkit.Exercise;
import kata.runtime.http.HttpResult;
import kata.runtime.http.TestHttp;
import kata.runtime.process.ChildJvm;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The recommendation service as a service of its own: its own main, port, heap and API. */
class RecommenderServiceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** For the bad-input cases: one service in this JVM, started once (a Jetty stop takes a second). */
    private static Javalin inProcess;

    @BeforeAll
    static void startInProcessService() {
        inProcess = RecommenderApp.create(new RecommendationEngine(Catalog.standard(), 0), "127.0.0.1").start(0);
    }

    @AfterAll
    static void stopInProcessService() {
        inProcess.stop();
    }

    @Test
    @Exercise(hint = "The recommendation service starts and is healthy, but it has no API yet: add"
            + " GET /recommendations/{userId} and POST /purchases to RecommenderApp.create.",
            more = "Keep the routes in a small class of their own (e.g. RecommendationApi) with records for"
                    + " the JSON; POST /purchases answers 202 and calls engine.recordPurchase.",
            readme = "#target-1-the-recommendation-service-runs-on-its-own")
    void runsInItsOwnJvmWithItsOwnHeap() throws Exception {
        ChildJvm recommender = ChildJvm.builder("recommender", RecommenderApp.class)
                .heap("48m").exitOnOutOfMemory().env("PORT", "0").env("LEAK_BYTES_PER_CALL", "0").start();
        TestHttp service = TestHttp.to(recommender.port());
        assertThat(service.get("/health").body()).contains("\"service\":\"recommender\"");

        HttpResult noPurchasesYet = service.get("/recommendations/c-2");
        assertThat(noPurchasesYet.status()).as("GET /recommendations/c-2 on the recommendation service").isEqualTo(200);
        assertThat(JSON.readTree(noPurchasesYet.body()).get("userId").asText()).isEqualTo("c-2");

        // c-1 bought a server and a backup; c-2 buys the same server: "customers who bought ... also bought".
        assertThat(service.post("/purchases", "{\"userId\":\"c-1\",\"skus\":[\"VPS-SSD-4GB\",\"BACKUP-100GB\"]}")
                .status()).as("POST /purchases").isEqualTo(202);
        assertThat(service.post("/purchases", "{\"userId\":\"c-2\",\"skus\":[\"VPS-SSD-4GB\"]}").status()).isEqualTo(202);
        JsonNode first = JSON.readTree(service.get("/recommendations/c-2").body()).get("recommendations").get(0);
        assertThat(first.get("sku").asText()).as("c-2's first recommendation after the purchases").isEqualTo("BACKUP-100GB");
        assertThat(first.get("reason").asText()).isEqualTo("customers who bought VPS-SSD-4GB also bought this");
    }

    static Stream<Arguments> badPurchases() {
        String json = "application/json";
        return Stream.of(
                Arguments.of("malformed JSON", "{\"userId\": \"c-1\", \"skus\": [", json, 400),
                Arguments.of("JSON null", "null", json, 400),
                Arguments.of("no userId", "{\"skus\":[\"VPS-SSD-4GB\"]}", json, 400),
                Arguments.of("blank userId", "{\"userId\":\" \",\"skus\":[\"VPS-SSD-4GB\"]}", json, 400),
                Arguments.of("no skus", "{\"userId\":\"c-1\"}", json, 400),
                Arguments.of("empty skus", "{\"userId\":\"c-1\",\"skus\":[]}", json, 400),
                Arguments.of("not JSON at all", "{\"userId\":\"c-1\",\"skus\":[\"VPS-SSD-4GB\"]}", "text/plain", 415));
    }

    @ParameterizedTest(name = "POST /purchases, {0} -> {3}")
    @MethodSource("badPurchases")
    @Exercise(hint = "POST /purchases must answer bad input with a JSON error and the right status, like"
            + " every service here: the chassis (kata.platform.http) does most of it for you.",
            more = "JsonBody.read(ctx, YourRecord.class) gives 415 and malformed-JSON 400; check userId and"
                    + " skus yourself and throw BadRequestResponse - JsonErrors turns it into JSON.",
            readme = "#target-1-the-recommendation-service-runs-on-its-own")
    void badInputGetsAJsonError(String what, String body, String contentType, int status) {
        HttpResult answer = TestHttp.to(inProcess.port())
                .send("POST", "/purchases", body, Duration.ofSeconds(5), "Content-Type", contentType);

        // The same error shape as the shop's: every service in the workshop answers alike.
        assertJsonError(answer, status);
    }
}
