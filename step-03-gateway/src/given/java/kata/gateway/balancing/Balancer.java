package kata.gateway.balancing;

import java.util.List;
import kata.gateway.upstream.Peer;

/** Picks one of the peers that can take the request right now (never an empty list). */
public interface Balancer {

    Peer choose(List<Peer> candidates);
}
