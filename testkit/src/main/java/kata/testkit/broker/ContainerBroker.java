package kata.testkit.broker;

import java.net.URI;
import org.testcontainers.containers.Container.ExecResult;
import org.testcontainers.rabbitmq.RabbitMQContainer;

/**
 * RabbitMQ in a Docker container (Testcontainers): the real thing, on a random host port, gone
 * when the test JVM ends (Testcontainers' reaper removes it even after a crash).
 */
final class ContainerBroker implements RunningBroker {

    /** The management image: the same broker, plus a web UI a curious learner can open. */
    static final String IMAGE = "rabbitmq:4-management-alpine"; // the image ./kata doctor names

    private final RabbitMQContainer container;

    private ContainerBroker(RabbitMQContainer container) {
        this.container = container;
    }

    static ContainerBroker start() {
        RabbitMQContainer container = new RabbitMQContainer(IMAGE);
        container.start();
        return new ContainerBroker(container);
    }

    @Override
    public URI uri() {
        return URI.create("amqp://" + container.getAdminUsername() + ":" + container.getAdminPassword() + "@"
                + container.getHost() + ":" + container.getAmqpPort());
    }

    @Override
    public String description() {
        return "RabbitMQ in a Docker container (" + IMAGE + ") on " + container.getHost() + ":" + container.getAmqpPort();
    }

    @Override
    public boolean restartable() {
        return true;
    }

    /**
     * Restarts the broker inside the container ({@code rabbitmqctl stop_app; start_app}): the
     * node goes down and recovers durable queues and persistent messages from its disk, while the
     * container, and so the mapped port, stays.
     */
    @Override
    public void restart() {
        exec("stop_app");
        exec("start_app");
        exec("await_startup");
    }

    @Override
    public void stop() {
        container.stop();
    }

    private void exec(String command) {
        try {
            ExecResult result = container.execInContainer("rabbitmqctl", command);
            if (result.getExitCode() != 0) {
                throw new IllegalStateException("rabbitmqctl " + command + " failed: " + result.getStderr());
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException("rabbitmqctl " + command + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during rabbitmqctl " + command, e);
        }
    }
}
