package kata.gateway.balancing;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import kata.gateway.upstream.Peer;

/**
 * Which peers may take the next request, before the balancer chooses among them. nginx keeps
 * the backups in a list of their own and looks at it only when no primary is left.
 */
public final class PeerPicker {

    private PeerPicker() {
    }

    /** @return the chosen peer, or {@code null} when no peer can take the request (the gateway answers 502) */
    public static Peer pick(List<Peer> peers, Set<Peer> tried, Balancer balancer, Instant now) {
        // A peer can take a request when it was not tried for this request yet, is not drained,
        // and its passive health lets it. Primaries first; backups only when no primary can.
        List<Peer> primaries = peers.stream().filter(peer -> !peer.backup() && canTake(peer, tried, now)).toList();
        if (!primaries.isEmpty()) {
            return balancer.choose(primaries);
        }
        List<Peer> backups = peers.stream().filter(peer -> peer.backup() && canTake(peer, tried, now)).toList();
        return backups.isEmpty() ? null : balancer.choose(backups);
    }

    private static boolean canTake(Peer peer, Set<Peer> tried, Instant now) {
        return !tried.contains(peer) && !peer.drained() && peer.health().available(now);
    }
}
