package kata.worker;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import io.javalin.Javalin;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import kata.messaging.Amqp;
import kata.messaging.QueueNames;
import kata.platform.http.Health;
import kata.platform.http.ServerDefaults;
import kata.platform.http.ServiceMain;

/**
 * The provisioning worker: its own process, any number of them. It takes orders off
 * {@code order_processing}, asks the provisioning service for the servers, and reports back on
 * {@code order_status}. It serves {@code /health} only, so an orchestrator (and the tests) can see
 * it is alive.
 *
 * <p>Settings: {@code AMQP_URI} (default {@code amqp://guest:guest@127.0.0.1:5672}),
 * {@code PROVISIONING_URL} (default {@code http://127.0.0.1:7072}), {@code RETRY_DELAY_MS}
 * (default 500), the queue names ({@link QueueNames}), {@code PORT} (default 7073), {@code BIND}.
 */
public final class WorkerApp {

    private WorkerApp() {
    }

    public static void main(String[] args) {
        try {
            start(System.getenv());
        } catch (Exception | LinkageError e) {
            // The client's connection threads would keep a half-started worker alive: die instead, loudly.
            System.err.println("worker failed to start: " + e);
            System.exit(1);
        }
    }

    private static void start(Map<String, String> env) throws Exception {
        URI broker = URI.create(env.getOrDefault("AMQP_URI", "amqp://guest:guest@127.0.0.1:5672"));
        URI provisioning = URI.create(env.getOrDefault("PROVISIONING_URL", "http://127.0.0.1:7072"));
        Duration retryDelay = Duration.ofMillis(ServiceMain.intSetting(env, "RETRY_DELAY_MS", 500));
        QueueNames names = QueueNames.fromEnvironment(env);

        // One connection and one channel for the life of the process; the client recovers both.
        Connection connection = Amqp.factory(broker).newConnection("provisioning-worker");
        Channel channel = connection.createChannel();
        channel.confirmSelect(); // what the worker publishes (statuses, parked messages) is confirmed
        Amqp.declareQueues(channel, names);
        new OrderConsumer(channel, names, new ProvisioningClient(provisioning, Duration.ofSeconds(10)), retryDelay).start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(connection), "worker-disconnect"));

        ServiceMain.start("worker", 7073, env, host -> Javalin.create(config -> {
            ServerDefaults.apply(config, host);
            Health.install(config.routes, "worker");
        }));
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close(2_000);
        } catch (Exception ignored) {
            // stopping anyway; unacknowledged messages go back to the queue
        }
    }
}
