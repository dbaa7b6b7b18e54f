package kata.bench;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.MessageProperties;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentNavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import kata.messaging.Amqp;

/**
 * Not a test: a measurement. Publishes the same persistent ~200-byte messages three ways, to the
 * same broker, in one run, and prints messages per second:
 * <ol>
 *   <li>a connection per message, as in the article's snippet (connect, declare, publish, close);</li>
 *   <li>one long-lived channel, waiting for the broker's confirm after every message;</li>
 *   <li>one long-lived channel with streaming confirms: up to {@code WINDOW} messages in flight,
 *       the confirms counted as they arrive.</li>
 * </ol>
 * Every way is bounded in count ({@code MESSAGES}, default 10,000) and time ({@code SECONDS_PER_WAY},
 * default 60). Each uses a queue of its own, checks the broker holds every message it confirmed,
 * and deletes the queue. Settings: {@code AMQP_URI} (default amqp://guest:guest@127.0.0.1:5672).
 */
public final class PublishBenchmark {

    private static final byte[] BODY = ("{\"schemaVersion\":1,\"orderId\":\"ord-000000000000\",\"customerId\":\"c-1\","
            + "\"servers\":[{\"sku\":\"VPS-SSD-4GB\",\"hostname\":\"vps-ord-000000000000-1\"},"
            + "{\"sku\":\"BACKUP-100GB\",\"hostname\":\"vps-ord-000000000000-2\"}]}").getBytes();
    private static final AMQP.BasicProperties PERSISTENT = MessageProperties.PERSISTENT_BASIC;

    private final ConnectionFactory factory;
    private final int messages;
    private final long deadlineNanos;
    private final int window;

    private PublishBenchmark(ConnectionFactory factory, int messages, int secondsPerWay, int window) {
        this.factory = factory;
        this.messages = messages;
        this.deadlineNanos = TimeUnit.SECONDS.toNanos(secondsPerWay);
        this.window = window;
    }

    /** Messages published (and, where the way asks for it, confirmed) and how long it took. */
    record Run(String way, long published, long nanos) {
        double perSecond() {
            return published / (nanos / 1e9);
        }
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> env = System.getenv();
        URI broker = URI.create(env.getOrDefault("AMQP_URI", "amqp://guest:guest@127.0.0.1:5672"));
        int messages = Integer.parseInt(env.getOrDefault("MESSAGES", "10000"));
        int window = Integer.parseInt(env.getOrDefault("WINDOW", "1000"));
        ConnectionFactory factory = Amqp.factory(broker);
        factory.setAutomaticRecoveryEnabled(false); // a benchmark that loses its broker should stop, not wait
        var bench = new PublishBenchmark(factory, messages, Integer.parseInt(env.getOrDefault("SECONDS_PER_WAY", "60")), window);

        System.out.printf(Locale.ROOT, "publishing %,d persistent %d-byte messages to %s on %s:%d, three ways%n",
                messages, BODY.length, bench.product(), broker.getHost(), broker.getPort());
        Run perMessage = bench.measure("a connection per message (the article)", bench::connectionPerMessage);
        Run eachConfirm = bench.measure("one channel, waiting for each confirm", bench::waitForEachConfirm);
        Run streaming = bench.measure("one channel, streaming confirms (window " + window + ")", bench::streamingConfirms);
        System.out.printf(Locale.ROOT, "streaming confirms: %.0fx a connection per message, %.1fx waiting for each confirm%n",
                streaming.perSecond() / perMessage.perSecond(), streaming.perSecond() / eachConfirm.perSecond());
    }

    interface Way {
        long publish(String queue) throws Exception;
    }

    private Run measure(String way, Way publishing) throws Exception {
        String queue = "bench." + UUID.randomUUID().toString().substring(0, 8);
        try (Connection connection = factory.newConnection("benchmark-admin"); Channel admin = connection.createChannel()) {
            admin.queueDeclare(queue, true, false, false, null);
            long started = System.nanoTime();
            long published = publishing.publish(queue);
            Run run = new Run(way, published, System.nanoTime() - started);
            long held = admin.queueDeclarePassive(queue).getMessageCount();
            admin.queueDelete(queue);
            System.out.printf(Locale.ROOT, "  %-52s %,7d msgs in %6.2f s = %,8.0f msg/s%s%n", way, published,
                    run.nanos() / 1e9, run.perSecond(), held >= published ? "" : "  (the broker holds only " + held + "!)");
            return run;
        }
    }

    /** The article's way: everything per message, and no confirm (it never knows if the broker got it). */
    private long connectionPerMessage(String queue) throws Exception {
        long started = System.nanoTime();
        long sent = 0;
        while (sent < messages && System.nanoTime() - started < deadlineNanos) {
            try (Connection connection = factory.newConnection(); Channel channel = connection.createChannel()) {
                channel.queueDeclare(queue, true, false, false, null);
                channel.basicPublish("", queue, PERSISTENT, BODY);
            }
            sent++;
        }
        return sent;
    }

    /** Safe, and slow: one network round trip and one disk write per message, in series. */
    private long waitForEachConfirm(String queue) throws Exception {
        try (Connection connection = factory.newConnection("benchmark-each"); Channel channel = connection.createChannel()) {
            channel.confirmSelect();
            long started = System.nanoTime();
            long confirmed = 0;
            while (confirmed < messages && System.nanoTime() - started < deadlineNanos) {
                channel.basicPublish("", queue, PERSISTENT, BODY);
                channel.waitForConfirmsOrDie(5_000);
                confirmed++;
            }
            return confirmed;
        }
    }

    /** Safe, and fast: up to {@code window} messages in flight; the broker confirms them in batches. */
    private long streamingConfirms(String queue) throws Exception {
        try (Connection connection = factory.newConnection("benchmark-streaming"); Channel channel = connection.createChannel()) {
            channel.confirmSelect();
            Semaphore inFlight = new Semaphore(window);
            AtomicLong confirmed = new AtomicLong();
            AtomicLong nacked = new AtomicLong();
            ConcurrentNavigableMap<Long, Boolean> outstanding = new ConcurrentSkipListMap<>();
            channel.addConfirmListener((seq, multiple) -> {
                int n = settle(outstanding, seq, multiple);
                confirmed.addAndGet(n);
                inFlight.release(n);
            }, (seq, multiple) -> {
                int n = settle(outstanding, seq, multiple);
                nacked.addAndGet(n);
                inFlight.release(n);
            });
            long started = System.nanoTime();
            long sent = 0;
            while (sent < messages && System.nanoTime() - started < deadlineNanos) {
                if (!inFlight.tryAcquire(5, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("no confirm for 5 s: is the broker alive?");
                }
                outstanding.put(channel.getNextPublishSeqNo(), Boolean.TRUE);
                channel.basicPublish("", queue, PERSISTENT, BODY);
                sent++;
            }
            if (!inFlight.tryAcquire(window, 30, TimeUnit.SECONDS)) { // the last confirms
                throw new IllegalStateException("the last confirms did not come within 30 s");
            }
            if (nacked.get() > 0) {
                System.out.printf("  (%d messages nacked by the broker)%n", nacked.get());
            }
            return confirmed.get();
        }
    }

    /** Removes what one confirm settles: message {@code seq}, or with {@code multiple} every one up to it. */
    private static int settle(ConcurrentNavigableMap<Long, Boolean> outstanding, long seq, boolean multiple) {
        if (!multiple) {
            return outstanding.remove(seq) != null ? 1 : 0;
        }
        var settled = outstanding.headMap(seq, true);
        int n = settled.size();
        settled.clear();
        return n;
    }

    private String product() {
        try (Connection connection = factory.newConnection("benchmark-probe")) {
            Map<String, Object> server = connection.getServerProperties();
            return server.get("product") + " " + server.get("version");
        } catch (Exception e) {
            throw new IllegalStateException("no broker at " + factory.getHost() + ":" + factory.getPort() + ": " + e, e);
        }
    }
}
