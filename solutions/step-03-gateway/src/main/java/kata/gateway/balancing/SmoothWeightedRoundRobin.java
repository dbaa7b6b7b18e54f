package kata.gateway.balancing;

import java.util.List;
import kata.gateway.upstream.Peer;

/**
 * nginx's default balancing (ngx_http_upstream_get_peer in ngx_http_upstream_round_robin.c):
 * smooth weighted round-robin. With weights 3 and 1 it sends a, a, b, a, a, a, b, a, ... - the
 * ratio of the weights, without sending the heavy server three requests in a burst.
 */
public final class SmoothWeightedRoundRobin implements Balancer {

    @Override
    public Peer choose(List<Peer> candidates) {
        // Every candidate gains its weight; the one with the most is chosen and pays back the total.
        // Ties go to the first in the pool's order (nginx compares with '>', not '>=').
        int total = 0;
        Peer best = null;
        for (Peer peer : candidates) {
            peer.currentWeight += peer.weight();
            total += peer.weight();
            if (best == null || peer.currentWeight > best.currentWeight) {
                best = peer;
            }
        }
        best.currentWeight -= total;
        return best;
    }
}
