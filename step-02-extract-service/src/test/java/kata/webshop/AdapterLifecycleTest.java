package kata.webshop;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.net.URI;
import java.time.Duration;
import java.util.Set;
import kata.testkit.Exercise;
import kata.runtime.http.TestHttp;
import kata.testkit.threads.ThreadLeaks;
import kata.webshop.admin.AdminCredentials;
import kata.webshop.parts.ShopParts;
import kata.webshop.recommendations.HttpRecommendations;
import org.junit.jupiter.api.Test;

/**
 * The HTTP adapter's threads end with the shop that used them: the shop closes its adapter
 * when its server stops, {@code close()} stops every thread the adapter started, and nothing
 * keeps its HttpClient reachable, so the client's own selector thread ends too.
 */
class AdapterLifecycleTest {

    private static final String ANSWER = """
            {"userId":"u-1","recommendations":[{"sku":"BACKUP-100GB","name":"Backup 100 GB","reason":"popular"}]}""";
    private static final String ORDER = "{\"customerId\":\"c-1\",\"items\":[{\"sku\":\"VPS-SSD-4GB\",\"quantity\":1}]}";

    @Test
    @Exercise(hint = "The adapter's threads outlive the shop. HttpRecommendations.close() must shut down"
            + " every pool it started (and wait a moment for them to end).",
            readme = "#target-3-the-http-adapter-keeps-the-ports-promise")
    void noAdapterThreadOutlivesItsShop() {
        TestHttp.to(1); // the tests' own client (one per JVM) exists before we count
        Set<String> httpClientsBefore = ThreadLeaks.httpClientThreads();
        Javalin service = Javalin.create(config -> {
            config.routes.get("/recommendations/{userId}", ctx -> ctx.contentType("application/json").result(ANSWER));
            config.routes.post("/purchases", ctx -> ctx.status(202));
        }).start("127.0.0.1", 0);
        try {
            String page = aPageThroughAShopThatHasStopped(service.port());

            assertThat(page).as("the page, asked through the HTTP adapter").contains("Backup 100 GB");
            ThreadLeaks.awaitNoneNamed(Duration.ofSeconds(3), "recommendations-");
            // Nothing may keep the stopped adapter's HttpClient reachable: then its selector thread ends
            // too (JDK 17: a few seconds after a garbage collection finds it unreachable).
            ThreadLeaks.awaitHttpClientsCollected(httpClientsBefore, Duration.ofSeconds(20));
        } finally {
            service.stop();
        }
    }

    /** A shop with a fresh HTTP adapter, both calls made, the shop stopped; nothing of it is referenced after. */
    private static String aPageThroughAShopThatHasStopped(int servicePort) {
        var adapter = new HttpRecommendations(URI.create("http://127.0.0.1:" + servicePort),
                Duration.ofMillis(250), Duration.ofMillis(300));
        try (ShopUnderTest shop = ShopUnderTest.start(ShopParts.standard(AdminCredentials.random(), 0), adapter)) {
            String page = shop.http().get("/?user=u-1").body(); // both calls put the adapter's threads to work
            shop.http().post("/checkout", ORDER);
            return page;
        }
    }
}
