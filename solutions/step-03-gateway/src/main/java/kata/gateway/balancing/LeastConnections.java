package kata.gateway.balancing;

import java.util.List;
import kata.gateway.upstream.Peer;

/**
 * nginx's {@code least_conn;} (ngx_http_upstream_least_conn_module.c): the peer with the fewest
 * requests in flight for its weight wins; peers that tie share the requests by smooth weighted
 * round-robin. A slow node keeps its requests longer, so it gets fewer new ones.
 */
public final class LeastConnections implements Balancer {

    private final SmoothWeightedRoundRobin tieBreak = new SmoothWeightedRoundRobin();

    @Override
    public Peer choose(List<Peer> candidates) {
        // Compare active/weight without dividing: a.active * b.weight < b.active * a.weight.
        Peer least = candidates.get(0);
        for (Peer peer : candidates) {
            if ((long) peer.active() * least.weight() < (long) least.active() * peer.weight()) {
                least = peer;
            }
        }
        Peer fewest = least;
        List<Peer> tied = candidates.stream()
                .filter(peer -> (long) peer.active() * fewest.weight() == (long) fewest.active() * peer.weight())
                .toList();
        return tied.size() == 1 ? fewest : tieBreak.choose(tied);
    }
}
