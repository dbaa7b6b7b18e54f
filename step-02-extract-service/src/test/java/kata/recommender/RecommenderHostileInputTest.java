package kata.recommender;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import kata.shop.catalog.Catalog;
import kata.shop.recommendations.RecommendationEngine;
import kata.testkit.hostile.HostileAnswers;
import kata.testkit.hostile.HostileInputs;
import kata.testkit.hostile.HostileRequest;
import kata.runtime.http.TestHttp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Given: the recommendation service refuses hostile input - a client error as JSON, no internal
 * names, no hang, nothing recorded, still healthy after - and bounds the work one request can
 * cause (a purchase of 1,000 SKUs once cost 1.2 s and half the heap). Any client error will do
 * here; which one each bad purchase gets is target 1's business.
 */
class RecommenderHostileInputTest {

    private static final String VALID = "{\"userId\":\"c-hostile\",\"skus\":[\"VPS-SSD-4GB\"]}";
    private static Javalin service;

    @BeforeAll
    static void startService() {
        service = RecommenderApp.create(new RecommendationEngine(Catalog.standard(), 0), "127.0.0.1").start(0);
    }

    @AfterAll
    static void stopService() {
        service.stop();
    }

    static Stream<HostileRequest> hostilePurchases() {
        List<HostileRequest> all = new ArrayList<>(HostileInputs.forJsonBody("/purchases", VALID));
        all.add(purchaseOf(1_000)); // about 15 KB: under the body limit, far over the work limit
        all.add(purchaseOf(10_000)); // about 150 KB: over the body limit
        return all.stream();
    }

    static Stream<HostileRequest> hostileUserIds() {
        return HostileInputs.forPathSegment("/recommendations/", Set.of(200, 400, 404)).stream();
    }

    @ParameterizedTest(name = "POST /purchases: {0}")
    @MethodSource("hostilePurchases")
    void hostilePurchaseIsRefusedAndRecordsNothing(HostileRequest request) {
        TestHttp http = TestHttp.to(service.port());
        String before = http.get("/recommendations/c-hostile").body();

        HostileAnswers.assertHandledSafely(service.port(), request, false);

        assertThat(http.get("/recommendations/c-hostile").body()).as("c-hostile's recommendations after: %s", request)
                .isEqualTo(before);
        assertThat(HostileAnswers.healthy(service.port())).as("healthy after: %s", request).isTrue();
    }

    @ParameterizedTest(name = "GET /recommendations/: {0}")
    @MethodSource("hostileUserIds")
    void hostileUserIdIsRefusedOrAnsweredSafely(HostileRequest request) {
        HostileAnswers.assertHandledSafely(service.port(), request, false);
        assertThat(HostileAnswers.healthy(service.port())).as("healthy after: %s", request).isTrue();
    }

    private static HostileRequest purchaseOf(int skuCount) {
        String skus = String.join(",", Collections.nCopies(skuCount, "\"VPS-SSD-4GB\""));
        byte[] body = ("{\"userId\":\"c-hostile\",\"skus\":[" + skus + "]}").getBytes(StandardCharsets.UTF_8);
        return new HostileRequest("a purchase of " + skuCount + " SKUs",
                HostileRequest.withBody("POST", "/purchases", "application/json", body), Set.of(400, 413), false);
    }
}
