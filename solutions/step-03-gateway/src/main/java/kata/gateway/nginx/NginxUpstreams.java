package kata.gateway.nginx;

import java.time.Duration;
import java.util.Set;
import kata.gateway.topology.Balance;
import kata.gateway.topology.PoolSpec;
import kata.gateway.topology.ServerSpec;

/**
 * A pool of the topology as an nginx {@code upstream} block: the same servers, weights, backup,
 * passive health and balancing the Java gateway uses, in nginx's words.
 *
 * <pre>
 * upstream shop {
 *     least_conn;
 *     server 127.0.0.1:7081 weight=3 max_fails=2 fail_timeout=5s;  # shop-a
 *     server 127.0.0.1:7083 max_fails=1 fail_timeout=10s backup;  # shop-c
 *     keepalive 16;
 * }
 * </pre>
 */
public final class NginxUpstreams {

    /** Idle connections each worker keeps open to the pool: no TCP handshake per request. */
    static final int KEEPALIVE_CONNECTIONS = 16;

    private NginxUpstreams() {
    }

    /** @param drained servers taken out of the pool ({@code down}): they get no new request */
    public static String render(PoolSpec pool, Set<String> drained) {
        StringBuilder block = new StringBuilder("    upstream " + pool.name() + " {\n");
        if (pool.balance() == Balance.LEAST_CONN) {
            block.append("        least_conn;\n");
        }
        for (ServerSpec server : pool.servers()) {
            block.append("        server ").append(server.address());
            if (server.weight() != 1) {
                block.append(" weight=").append(server.weight());
            }
            block.append(" max_fails=").append(server.maxFails())
                    .append(" fail_timeout=").append(seconds(server.failTimeout())).append('s');
            if (server.backup()) {
                block.append(" backup");
            }
            if (drained.contains(server.name())) {
                block.append(" down");
            }
            block.append(";  # ").append(server.name()).append('\n');
        }
        block.append("        keepalive ").append(KEEPALIVE_CONNECTIONS).append(";\n");
        return block.append("    }\n").toString();
    }

    /** nginx counts fail_timeout in whole seconds. */
    private static long seconds(Duration duration) {
        return Math.max(1, (duration.toMillis() + 999) / 1000);
    }
}
