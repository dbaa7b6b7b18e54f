package kata.testkit.broker;

import java.net.URI;

/** One way of having a broker: someone else's (an URI), a container, or embedded in this JVM. */
interface RunningBroker {

    /** {@code amqp://user:password@host:port}, for the code under test. */
    URI uri();

    /** One line for the test log: which broker, where, and why this one. */
    String description();

    /** Whether the fixture owns this broker and may restart it. */
    boolean restartable();

    /** Stops the broker and starts it again on the same address; durable state survives. */
    void restart();

    void stop();
}
