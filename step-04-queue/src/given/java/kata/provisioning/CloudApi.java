package kata.provisioning;

import io.javalin.config.RoutesConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import kata.platform.http.JsonBody;
import kata.platform.http.JsonErrors;

/**
 * The provisioning service's API:
 * <ul>
 *   <li>{@code POST /servers} {@code {"orderId": "ord-1", "servers": [{"sku": "...", "hostname": "..."}]}}
 *       creates the servers: 201. With an {@code Idempotency-Key} header it has seen before, it
 *       creates nothing and answers 200 with the first answer, as real cloud APIs do.</li>
 *   <li>{@code GET /orders/{orderId}}: {@code {"orderId": ..., "servers": 2, "calls": 3, "callMillis": [...]}};
 *       {@code callMillis} says when each call came, on a monotonic clock in milliseconds: only the
 *       gaps between them mean something (a worker's back-off shows there).</li>
 *   <li>{@code GET /stats}: {@code {"calls": 9, "servers": 7, "duplicateServers": 0}}; a
 *       duplicate is a hostname created more than once: an order provisioned twice.</li>
 *   <li>{@code POST /behaviour} with a {@link Behaviour}: slow, hanging, failing on demand.</li>
 * </ul>
 */
public final class CloudApi {

    /** What a create asks for. */
    public record CreateServers(String orderId, List<Server> servers) {
        public record Server(String sku, String hostname) {
        }
    }

    private final Map<String, Integer> serversByHostname = new LinkedHashMap<>();
    private final Map<String, Integer> serversByOrder = new HashMap<>();
    private final Map<String, Integer> callsByOrder = new HashMap<>();
    private final Map<String, List<Long>> callMillisByOrder = new HashMap<>();
    private final Set<String> idempotencyKeys = new HashSet<>();
    private final AtomicInteger calls = new AtomicInteger();
    private volatile Behaviour behaviour;
    private volatile CountDownLatch hung = new CountDownLatch(1);

    public CloudApi(Behaviour behaviour) {
        this.behaviour = behaviour;
    }

    public void addTo(RoutesConfig routes) {
        routes.post("/servers", this::create);
        routes.get("/orders/{orderId}", this::order);
        routes.get("/stats", this::stats);
        routes.post("/behaviour", ctx -> {
            behaviour = JsonBody.read(ctx, Behaviour.class);
            release(); // requests hanging under the old behaviour answer now
            ctx.json(behaviour);
        });
    }

    /** Lets every hanging request go. */
    public void release() {
        CountDownLatch old = hung;
        hung = new CountDownLatch(1);
        old.countDown();
    }

    private void create(Context ctx) throws InterruptedException {
        CreateServers request = JsonBody.read(ctx, CreateServers.class);
        if (request.orderId() == null || request.servers() == null || request.servers().isEmpty()) {
            throw new BadRequestResponse("orderId and at least one server are required");
        }
        calls.incrementAndGet();
        Behaviour now = behaviour;
        String key = ctx.header("Idempotency-Key");
        Outcome outcome = remember(request, now, key);
        if (outcome.error() != null) {
            JsonErrors.answer(ctx, outcome.status(), outcome.error());
            return;
        }
        // The servers exist now; the answer is what is slow (or never comes).
        if (now.hang()) {
            hung.await(); // released by POST /behaviour or the server stopping
        } else if (now.delayMillis() > 0) {
            TimeUnit.MILLISECONDS.sleep(now.delayMillis());
        }
        ctx.status(outcome.status()).json(Map.of("orderId", request.orderId(), "servers", request.servers()));
    }

    /** 201 created, 200 seen before (nothing created), or a refusal with its reason. */
    private record Outcome(int status, String error) {
    }

    /** Creates the servers, or not, under one lock. */
    private synchronized Outcome remember(CreateServers request, Behaviour now, String key) {
        callsByOrder.merge(request.orderId(), 1, Integer::sum);
        callMillisByOrder.computeIfAbsent(request.orderId(), id -> new ArrayList<>()).add(System.nanoTime() / 1_000_000);
        if (key != null && idempotencyKeys.contains(key)) {
            return new Outcome(200, null); // seen: nothing new is created
        }
        if (now.failNext() > 0) {
            behaviour = new Behaviour(now.delayMillis(), now.hang(), now.failNext() - 1, now.refuseSku());
            return new Outcome(503, "provisioning temporarily unavailable, try again");
        }
        for (CreateServers.Server server : request.servers()) {
            if (server.sku() != null && server.sku().equals(now.refuseSku())) {
                return new Outcome(422, "sku " + server.sku() + " cannot be provisioned");
            }
        }
        for (CreateServers.Server server : request.servers()) {
            serversByHostname.merge(server.hostname(), 1, Integer::sum);
            serversByOrder.merge(request.orderId(), 1, Integer::sum);
        }
        if (key != null) {
            idempotencyKeys.add(key);
        }
        return new Outcome(201, null);
    }

    private synchronized void order(Context ctx) {
        String orderId = ctx.pathParam("orderId");
        ctx.json(Map.of("orderId", orderId, "servers", serversByOrder.getOrDefault(orderId, 0),
                "calls", callsByOrder.getOrDefault(orderId, 0),
                "callMillis", callMillisByOrder.getOrDefault(orderId, List.of())));
    }

    private synchronized void stats(Context ctx) {
        int servers = serversByHostname.values().stream().mapToInt(Integer::intValue).sum();
        long duplicates = serversByHostname.values().stream().filter(n -> n > 1).count();
        ctx.json(Map.of("calls", calls.get(), "servers", servers, "duplicateServers", duplicates,
                "behaviour", behaviour));
    }
}
