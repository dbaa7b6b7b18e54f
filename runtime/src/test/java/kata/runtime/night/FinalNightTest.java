package kata.runtime.night;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import kata.runtime.http.TestHttp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The final night's script against a small shop in this JVM: one checkout in five is shed. */
class FinalNightTest {

    private HttpServer shop;
    private final AtomicInteger checkouts = new AtomicInteger();

    @BeforeEach
    void startShop() throws IOException {
        shop = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        shop.setExecutor(Executors.newFixedThreadPool(8));
        shop.createContext("/checkout", exchange -> {
            int n = checkouts.incrementAndGet();
            if (n % 5 == 0) {
                exchange.getResponseHeaders().set("Retry-After", "1");
                answer(exchange, 503, "{\"error\":\"too busy, request " + n + "\",\"status\":503}");
            } else {
                answer(exchange, 202, "{\"id\":\"ord-" + n + "\"}");
            }
        });
        shop.createContext("/", exchange -> answer(exchange, 200, "ok"));
        shop.start();
    }

    @AfterEach
    void stopShop() {
        shop.stop(0);
        ((java.util.concurrent.ExecutorService) shop.getExecutor()).shutdownNow();
    }

    @Test
    void countsAcceptedOrdersShedRequestsAndFailuresByKindAndRunsItsEvents() {
        List<FinalNightSecond> seconds = new ArrayList<>();
        AtomicBoolean eventRan = new AtomicBoolean();

        FinalNightReport night = FinalNight.through(TestHttp.to(shop.getAddress().getPort())).lasting(Duration.ofSeconds(2))
                .checkoutsPerSecond(20).crawlerPagesPerSecond(5)
                .at(Duration.ofSeconds(1), "node killed", () -> eventRan.set(true))
                .everySecond(seconds::add).run();

        assertThat(eventRan).isTrue();
        assertThat(night.event("node killed")).isPresent();
        long answered = night.checkout().total();
        assertThat(night.accepted()).as("distinct order ids of the 202s").hasSize((int) night.checkout().successes());
        assertThat(night.shed()).as("503s with Retry-After").isEqualTo(answered - night.checkout().successes());
        assertThat(night.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.status()).isEqualTo(503);
            assertThat(failure.answer()).as("numbers masked: one kind").contains("request N");
            assertThat(failure.count()).isEqualTo(night.shed());
        });
        assertThat(seconds).extracting(FinalNightSecond::second).startsWith(0, 1);
        assertThat(seconds.get(1).events()).containsExactly("node killed");
        assertThat(night.endedEarly()).isEmpty();
    }

    @Test
    void endsEarlyWhenTheNightIsHopeless() {
        FinalNightReport night = FinalNight.through(TestHttp.to(shop.getAddress().getPort())).lasting(Duration.ofSeconds(30))
                .endEarlyIf(() -> true, "the supervisor gave up").run();

        assertThat(night.endedEarly()).contains("the supervisor gave up");
        assertThat(night.checkout().elapsed()).isLessThan(Duration.ofSeconds(10));
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
