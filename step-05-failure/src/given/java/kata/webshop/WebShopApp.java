package kata.webshop;

import io.javalin.Javalin;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import kata.messaging.QueueNames;
import kata.platform.http.ServiceMain;
import kata.shop.catalog.Catalog;
import kata.shop.orders.CheckoutService;
import kata.shop.orders.OrderRepository;
import kata.shop.orders.OrderStatuses;
import kata.shop.provisioning.Provisioner;
import kata.shop.recommendations.RecommendationEngine;
import kata.webshop.admin.AdminCredentials;
import kata.webshop.checkout.CheckoutRoutes;
import kata.webshop.orders.OrderRoutes;
import kata.webshop.orders.Provisioning;
import kata.webshop.parts.ShopChassis;
import kata.webshop.parts.ShopParts;
import kata.webshop.recommendations.HttpRecommendations;
import kata.webshop.recommendations.InProcessRecommendations;
import kata.webshop.recommendations.RecommendationRoutes;
import kata.webshop.recommendations.Recommendations;
import kata.webshop.recommendations.ResilientRecommendations;
import kata.webshop.resilience.LoadShedder;
import kata.webshop.resilience.ResilienceSettings;
import kata.webshop.resilience.StatusRoutes;
import kata.webshop.storefront.StorefrontRoutes;

/**
 * The shop: storefront, checkout and admin. Recommendations come from the recommendation
 * service when {@code RECOMMENDATIONS_URL} is set (step 02), through a retry, a circuit breaker
 * and a bulkhead (step 05); servers are provisioned through the order queue when {@code AMQP_URI}
 * is set, else by calling the provisioning service on the checkout's thread; past its limit of
 * requests at once the shop sheds load (step 05). This class is the composition root: the only
 * place that decides who talks to whom.
 *
 * <p>Settings come from the environment: {@code PORT} (default 7070, 0 = any free port),
 * {@code BIND} (default 127.0.0.1), {@code ADMIN_USER}/{@code ADMIN_PASSWORD},
 * {@code LEAK_BYTES_PER_CALL}, {@code RECOMMENDATIONS_URL}, {@code PROVISIONING_URL} (default
 * {@code http://127.0.0.1:7072}), {@code AMQP_URI} (e.g. {@code amqp://guest:guest@127.0.0.1:5672})
 * the queue names ({@link QueueNames}) and the defences' settings ({@link ResilienceSettings}).
 */
public final class WebShopApp {

    /** How long a page waits for the in-process engine before showing itself without it (step 01). */
    static final Duration RECOMMENDATION_BUDGET = Duration.ofMillis(250);
    /** On loopback or in one data centre a connect takes microseconds; longer means "down". */
    static final Duration CONNECT_TIMEOUT = Duration.ofMillis(250);
    /** The page's promise: it waits at most this long for the recommendation service's answer. */
    static final Duration READ_TIMEOUT = Duration.ofMillis(300);

    private WebShopApp() {
    }

    public static Javalin create(ShopParts parts, Recommendations recommendations, OrderStatuses statuses,
                                 Provisioning provisioning, ResilienceSettings settings, String host) {
        var storefront = new StorefrontRoutes(parts.catalog(), recommendations);
        var checkout = new CheckoutRoutes(parts.checkout(), recommendations, statuses);
        var orders = new OrderRoutes(parts.orders(), statuses);
        var recommendationRoutes = new RecommendationRoutes(recommendations);
        var shedder = new LoadShedder(settings.concurrentRequests());
        var status = new StatusRoutes(() -> recommendations instanceof ResilientRecommendations resilient
                ? resilient.breakerState().name() : "NONE", shedder);
        return Javalin.create(config -> {
            shedder.addTo(config.routes); // first: a shed request costs nothing more
            ShopChassis.apply(config, parts, host); // defaults, health, products, admin: every step's
            status.addTo(config.routes);
            storefront.addTo(config.routes);
            checkout.addTo(config.routes);
            orders.addTo(config.routes);
            recommendationRoutes.addTo(config.routes);
            config.events.serverStopped(() -> { // their threads and connections end with the server
                recommendations.close();
                provisioning.close();
            });
        });
    }

    /** The shop's domain objects, with checkout provisioning through {@code provisioner}. */
    public static ShopParts parts(AdminCredentials admin, int leakBytesPerCall, Provisioner provisioner) {
        Catalog catalog = Catalog.standard();
        OrderRepository orders = new OrderRepository();
        CheckoutService checkout = new CheckoutService(catalog, orders, provisioner);
        return new ShopParts(catalog, orders, checkout, new RecommendationEngine(catalog, leakBytesPerCall), admin);
    }

    /** How checkout gets servers provisioned, chosen once, here. */
    public static Provisioning provisioning(Map<String, String> env, OrderStatuses statuses) {
        String broker = env.get("AMQP_URI");
        if (broker != null && !broker.isBlank()) {
            // Checkout hands the order to the queue and stops waiting; workers provision it.
            return Provisioning.throughQueue(URI.create(broker), QueueNames.fromEnvironment(env), statuses);
        }
        URI provisioningService = URI.create(env.getOrDefault("PROVISIONING_URL", "http://127.0.0.1:7072"));
        return Provisioning.overHttp(provisioningService, statuses);
    }

    /** The adapter behind the port, chosen once, here: the callers never know which one they got. */
    public static Recommendations recommendations(Map<String, String> env, ShopParts parts, ResilienceSettings settings) {
        String serviceUrl = env.get("RECOMMENDATIONS_URL");
        if (serviceUrl == null || serviceUrl.isBlank()) {
            return new InProcessRecommendations(parts.engine(), RECOMMENDATION_BUDGET); // the monolith of step 01
        }
        // The engine stays in its own process; this heap only ever holds the answers - and the
        // shop stops asking a service that keeps failing.
        return new ResilientRecommendations(new HttpRecommendations(URI.create(serviceUrl), CONNECT_TIMEOUT, READ_TIMEOUT),
                settings);
    }

    /** The shop's recommendations when tests build it: the engine in this heap, as in step 01. */
    public static Recommendations inProcessRecommendations(ShopParts parts) {
        return new InProcessRecommendations(parts.engine(), RECOMMENDATION_BUDGET);
    }

    public static void main(String[] args) {
        Map<String, String> env = System.getenv();
        int leak = ServiceMain.intSetting(env, "LEAK_BYTES_PER_CALL", RecommendationEngine.DEFAULT_LEAK_BYTES_PER_CALL);
        OrderStatuses statuses = new OrderStatuses();
        Provisioning provisioning = provisioning(env, statuses);
        ShopParts parts = parts(AdminCredentials.fromEnvironment(env), leak, provisioning.provisioner());
        ResilienceSettings settings = ResilienceSettings.fromEnvironment(env);
        Recommendations recommendations = recommendations(env, parts, settings);
        ServiceMain.start("shop", 7070, env, host -> create(parts, recommendations, statuses, provisioning, settings, host));
        System.out.println("shop provisions " + (env.containsKey("AMQP_URI") ? "through the order queue" : "over HTTP, synchronously"));
    }
}
