package kata.webshop;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.net.URI;
import java.time.Duration;
import kata.testkit.Exercise;
import kata.testkit.threads.ThreadLeaks;
import kata.webshop.admin.AdminCredentials;
import kata.webshop.parts.ShopParts;
import kata.webshop.recommendations.HttpRecommendations;
import org.junit.jupiter.api.Test;

/**
 * The HTTP adapter's threads end with the shop that used them: the shop closes its adapter
 * when its server stops, and {@code close()} stops every thread the adapter started.
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
        Javalin service = Javalin.create(config -> {
            config.routes.get("/recommendations/{userId}", ctx -> ctx.contentType("application/json").result(ANSWER));
            config.routes.post("/purchases", ctx -> ctx.status(202));
        }).start("127.0.0.1", 0);
        try {
            String page;
            var adapter = new HttpRecommendations(URI.create("http://127.0.0.1:" + service.port()),
                    Duration.ofMillis(250), Duration.ofMillis(300));
            try (ShopUnderTest shop = ShopUnderTest.start(ShopParts.standard(AdminCredentials.random(), 0), adapter)) {
                page = shop.http().get("/?user=u-1").body(); // both calls put the adapter's threads to work
                shop.http().post("/checkout", ORDER);
            }

            assertThat(page).as("the page, asked through the HTTP adapter").contains("Backup 100 GB");
            ThreadLeaks.awaitNoneNamed(Duration.ofSeconds(3), "recommendations-");
        } finally {
            service.stop();
        }
    }
}
