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
        // TODO(target 2): a peer can take the request when it was not tried for it yet, is not drained(),
        //  and its health() is available(now). The primaries that can go to the balancer; only when
        //  none can, the backups (peer.backup()) that can. None at all: null.
        List<Peer> untried = peers.stream().filter(peer -> !tried.contains(peer)).toList();
        return untried.isEmpty() ? null : balancer.choose(untried);
    }
}
