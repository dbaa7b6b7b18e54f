package kata.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import kata.contract.RecommendationsContract.Purchase;
import kata.contract.RecommendationsContract.Question;
import kata.recommender.RecommenderApp;
import kata.shop.catalog.Catalog;
import kata.shop.recommendations.Recommendation;
import kata.shop.recommendations.RecommendationEngine;
import kata.testkit.stub.StubServer;
import kata.testkit.Exercise;
import kata.runtime.http.HttpResult;
import kata.runtime.http.TestHttp;
import kata.webshop.recommendations.HttpRecommendations;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * One contract, both sides: the real recommendation service must answer every example, and the
 * shop's HTTP adapter must ask and read every example - against a server that replays them.
 * When both pass, the two can be deployed separately without breaking each other.
 */
class RecommendationsContractTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final List<AutoCloseable> servers = new ArrayList<>();

    @AfterEach
    void stopServers() throws Exception {
        for (AutoCloseable server : servers) {
            server.close();
        }
    }

    @Test
    @Exercise(hint = "The recommendation service does not answer the contract's examples yet. Add"
            + " GET /recommendations/{userId} and POST /purchases to RecommenderApp.",
            more = "GET answers 200 with {\"userId\": ..., \"recommendations\": engine.recommendFor(userId)};"
                    + " POST reads {\"userId\", \"skus\"} with JsonBody, calls engine.recordPurchase, answers 202.",
            readme = "#target-2-one-contract-both-sides")
    void theServiceAnswersEveryExample() throws Exception {
        for (Question question : RecommendationsContract.QUESTIONS) {
            HttpResult answer = freshService().get(question.path());
            assertThat(answer.status()).as("provider: %s, GET %s", question, question.path()).isEqualTo(200);
            assertThat(answer.contentType()).as("provider: %s, content type", question).startsWith("application/json");
            assertContains(JSON.readTree(answer.body()), JSON.readTree(question.answer()), "provider: " + question);
        }
        for (Purchase purchase : RecommendationsContract.PURCHASES) {
            HttpResult answer = freshService().post("/purchases", purchase.body());
            assertThat(answer.status()).as("provider: %s, POST /purchases", purchase).isEqualTo(202);
        }
    }

    @Test
    @Exercise(hint = "HttpRecommendations does not speak the contract yet: forUser must GET"
            + " /recommendations/{userId} and read the answer, purchased must POST /purchases.",
            more = "Encode the user id for the path (URLEncoder, then \"+\" -> \"%20\"); read JSON with"
                    + " unknown fields ignored; send the purchase as Content-Type: application/json.",
            readme = "#target-2-one-contract-both-sides")
    void theShopAsksAndReadsEveryExample() throws Exception {
        StubServer replay = ContractReplay.start();
        servers.add(replay);
        HttpRecommendations adapter = new HttpRecommendations(replay.uri(), TIMEOUT, TIMEOUT);

        for (Question question : RecommendationsContract.QUESTIONS) {
            assertThat(adapter.forUser(question.userId())).as("consumer: %s", question)
                    .containsExactlyElementsOf(recommendationsIn(question.answer()));
        }
        for (Purchase purchase : RecommendationsContract.PURCHASES) {
            adapter.purchased(purchase.userId(), purchase.skus());
            JsonNode expected = JSON.readTree(purchase.body());
            await("consumer: " + purchase + " to reach POST /purchases").atMost(Duration.ofSeconds(3))
                    .untilAsserted(() -> assertThat(replay.received()).anySatisfy(request -> {
                        assertThat(request.method() + " " + request.rawPath()).isEqualTo("POST /purchases");
                        assertThat(request.contentType()).startsWith("application/json");
                        assertThat(JSON.readTree(request.body())).isEqualTo(expected);
                    }));
        }
    }

    /** A provider in its contract state: a fresh engine (no purchases, no leak) on a free port. */
    private TestHttp freshService() {
        Javalin service = RecommenderApp.create(new RecommendationEngine(Catalog.standard(), 0), "127.0.0.1").start(0);
        servers.add(service::stop);
        return TestHttp.to(service.port());
    }

    private static List<Recommendation> recommendationsIn(String answer) throws Exception {
        List<Recommendation> recommendations = new ArrayList<>();
        for (JsonNode r : JSON.readTree(answer).get("recommendations")) {
            recommendations.add(new Recommendation(r.get("sku").asText(), r.get("name").asText(), r.get("reason").asText()));
        }
        return recommendations;
    }

    /** Everything the example shows must be in the answer, equal; the provider may add more fields. */
    private static void assertContains(JsonNode actual, JsonNode example, String where) {
        if (example.isObject()) {
            assertThat(actual.isObject()).as("%s: an object", where).isTrue();
            example.fieldNames().forEachRemaining(field ->
                    assertContains(actual.path(field), example.get(field), where + " ." + field));
        } else if (example.isArray()) {
            assertThat(actual.isArray() ? actual.size() : -1).as("%s: array length", where).isEqualTo(example.size());
            for (int i = 0; i < example.size(); i++) {
                assertContains(actual.get(i), example.get(i), where + "[" + i + "]");
            }
        } else {
            assertThat(actual).as(where).isEqualTo(example);
        }
    }
}
