package kata.queue;

import java.net.URI;
import kata.runtime.process.ChildJvm;
import kata.worker.WorkerApp;

/** Provisioning workers, each in a JVM of its own, like in production: kill one and the others go on. */
final class Workers {

    /** Short, so the retry tests are quick; production would wait longer between attempts. */
    static final String RETRY_DELAY_MS = "100";

    private final URI broker;
    private final QueueNamesForTest queues;
    private final URI provisioning;

    Workers(URI broker, QueueNamesForTest queues, URI provisioning) {
        this.broker = broker;
        this.queues = queues;
        this.provisioning = provisioning;
    }

    /** Starts a worker and returns once it serves /health (its consumer is subscribed by then). */
    ChildJvm start(String name) {
        ChildJvm.Builder worker = ChildJvm.builder(name, WorkerApp.class).heap("64m")
                .env("PORT", "0")
                .env("AMQP_URI", broker.toString())
                .env("PROVISIONING_URL", provisioning.toString())
                .env("RETRY_DELAY_MS", RETRY_DELAY_MS);
        queues.env().forEach(worker::env);
        return worker.start();
    }
}
