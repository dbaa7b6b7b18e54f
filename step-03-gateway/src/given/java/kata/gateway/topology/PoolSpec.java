package kata.gateway.topology;

import java.util.List;

/** One upstream block: a name, how it balances, its servers (primaries and backups, in order). */
public record PoolSpec(String name, Balance balance, List<ServerSpec> servers) {

    public PoolSpec {
        servers = List.copyOf(servers);
        if (!name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("a pool name is an nginx upstream name: [a-z][a-z0-9_]*, got " + name);
        }
        if (servers.stream().noneMatch(server -> !server.backup())) {
            throw new IllegalArgumentException(name + ": a pool needs at least one primary server");
        }
    }

    public static PoolSpec of(String name, Balance balance, ServerSpec... servers) {
        return new PoolSpec(name, balance, List.of(servers));
    }
}
