/**
 * The message broker the tests of step 04 and later talk to, chosen once per test JVM:
 * {@code KATA_AMQP_URI} when set, else RabbitMQ in a container when Docker answers, else an
 * embedded Apache Qpid Broker-J. Entry point: {@link kata.testkit.broker.TestBroker#shared()}.
 */
package kata.testkit.broker;
