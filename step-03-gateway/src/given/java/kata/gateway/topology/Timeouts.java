package kata.gateway.topology;

import java.time.Duration;

/**
 * How long the gateway waits for an upstream. nginx: {@code proxy_connect_timeout} (a live host
 * accepts at once; a long connect means down) and {@code proxy_read_timeout} (the longest pause
 * between two reads of the answer; a stuck node, not a dead one).
 */
public record Timeouts(Duration connect, Duration read) {

    /** The article's nginx values: connect 5 s, read 10 s. */
    public static final Timeouts ARTICLE = new Timeouts(Duration.ofSeconds(5), Duration.ofSeconds(10));
    /** The same shape scaled for tests on loopback: connect short, read longer. */
    public static final Timeouts SCALED_FOR_TESTS = new Timeouts(Duration.ofMillis(250), Duration.ofSeconds(2));
}
