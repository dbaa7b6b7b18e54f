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
        // TODO(target 2): every candidate's currentWeight grows by its weight; the one with the largest
        //  currentWeight is chosen (a tie goes to the first: compare with '>') and its currentWeight
        //  shrinks by the total of the weights. The README works the order out by hand.
        return candidates.get(0);
    }
}
