package kata.gateway.topology;

import java.time.Duration;

/**
 * One server line of an upstream block: {@code server 127.0.0.1:7081 weight=3 max_fails=2 fail_timeout=5s;}.
 *
 * @param name        what the node calls itself (its {@code X-Shop-Node}); the admin surface uses it
 * @param address     {@code host:port}
 * @param weight      nginx's {@code weight=} (default 1)
 * @param backup      nginx's {@code backup}: used only when no primary can take the request
 * @param maxFails    nginx's {@code max_fails=} (default 1; 0 never marks the server failed)
 * @param failTimeout nginx's {@code fail_timeout=} (default 10 s): the window that counts failures,
 *                    and how long a failed server is left alone
 */
public record ServerSpec(String name, String address, int weight, boolean backup, int maxFails, Duration failTimeout) {

    public static final Duration DEFAULT_FAIL_TIMEOUT = Duration.ofSeconds(10);

    public ServerSpec {
        if (weight < 1) {
            throw new IllegalArgumentException(name + ": weight must be at least 1, got " + weight);
        }
        if (!address.matches("[^:/\\s]+:\\d+")) {
            throw new IllegalArgumentException(name + ": address must be host:port, got " + address);
        }
    }

    /** A primary server with nginx's defaults: weight 1, max_fails 1, fail_timeout 10 s. */
    public static ServerSpec of(String name, String address) {
        return new ServerSpec(name, address, 1, false, 1, DEFAULT_FAIL_TIMEOUT);
    }

    public ServerSpec weight(int newWeight) {
        return new ServerSpec(name, address, newWeight, backup, maxFails, failTimeout);
    }

    public ServerSpec asBackup() {
        return new ServerSpec(name, address, weight, true, maxFails, failTimeout);
    }

    public ServerSpec failing(int newMaxFails, Duration newFailTimeout) {
        return new ServerSpec(name, address, weight, backup, newMaxFails, newFailTimeout);
    }
}
