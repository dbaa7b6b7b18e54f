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
        // TODO(target 2): the fewest active() for its weight() wins (compare a.active * b.weight with
        //  b.active * a.weight: no division, no rounding); the peers that tie with it go to tieBreak.
        return candidates.get(0);
    }
}
