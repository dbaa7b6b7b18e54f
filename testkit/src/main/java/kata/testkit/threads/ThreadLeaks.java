package kata.testkit.threads;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Threads that outlive the server they worked for. A pool nobody shuts down keeps its threads
 * (and whatever they hold) for the life of the JVM; in a service that restarts its parts, or a
 * test JVM that starts a hundred shops, that is a leak.
 *
 * <pre>{@code
 * shop.close();
 * ThreadLeaks.awaitNoneNamed(Duration.ofSeconds(3), "recommendations-");
 * }</pre>
 */
public final class ThreadLeaks {

    private ThreadLeaks() {
    }

    /** The names of live threads that start with any of {@code prefixes}. */
    public static List<String> alive(String... prefixes) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(Thread::isAlive)
                .map(Thread::getName)
                .filter(name -> Arrays.stream(prefixes).anyMatch(name::startsWith))
                .sorted()
                .toList();
    }

    /**
     * Waits until no live thread's name starts with one of {@code prefixes}; fails naming the
     * survivors. Threads end a moment after their pool shuts down, hence the wait.
     */
    public static void awaitNoneNamed(Duration patience, String... prefixes) {
        await("threads named " + String.join(" or ", prefixes) + " to end")
                .atMost(patience)
                .pollInterval(Duration.ofMillis(20))
                .until(() -> alive(prefixes), List::isEmpty);
    }

    /** The JDK HttpClients alive now, by their selector threads ({@code HttpClient-7-SelectorManager}, one each). */
    public static Set<String> httpClientThreads() {
        return Set.copyOf(selectorThreads());
    }

    /** A client's workers come and go with its executor; its one selector thread lives as long as the client. */
    private static List<String> selectorThreads() {
        return alive("HttpClient-").stream().filter(name -> name.endsWith("-SelectorManager")).toList();
    }

    /**
     * Waits until every JDK HttpClient alive was alive already in {@code before}. On JDK 17
     * an HttpClient has no {@code close()}: its selector thread ends by itself a few seconds after
     * the client became unreachable (JDK 21 adds {@code close()}). So this collects garbage while
     * it waits; a client something still holds on to (a static field, a registry) never ends.
     */
    public static void awaitHttpClientsCollected(Set<String> before, Duration patience) {
        await("the HttpClient threads of unreachable clients to end")
                .atMost(patience)
                .pollInterval(Duration.ofMillis(250))
                .until(() -> {
                    System.gc();
                    return selectorThreads().stream().filter(name -> !before.contains(name)).toList();
                }, List::isEmpty);
    }
}
