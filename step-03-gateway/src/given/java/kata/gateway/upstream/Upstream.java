package kata.gateway.upstream;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kata.gateway.balancing.Balancer;
import kata.gateway.balancing.LeastConnections;
import kata.gateway.balancing.PeerPicker;
import kata.gateway.balancing.SmoothWeightedRoundRobin;
import kata.gateway.topology.Balance;
import kata.gateway.topology.PoolSpec;

/** A pool while the gateway runs: its peers, its balancer, and one lock around every choice. */
public final class Upstream {

    private final String name;
    private final List<Peer> peers;
    private final Balancer balancer;
    private final Clock clock;

    public Upstream(PoolSpec spec, Clock clock) {
        this.name = spec.name();
        this.peers = spec.servers().stream().map(Peer::new).toList();
        this.balancer = spec.balance() == Balance.LEAST_CONN ? new LeastConnections() : new SmoothWeightedRoundRobin();
        this.clock = clock;
    }

    public String name() {
        return name;
    }

    public List<Peer> peers() {
        return peers;
    }

    public Optional<Peer> peer(String peerName) {
        return peers.stream().filter(peer -> peer.name().equals(peerName)).findFirst();
    }

    /**
     * The peer for the next request, not one of {@code tried}, or empty when none can take it; the
     * chosen peer counts the request as started. One lock per pool: the balancers' state (current
     * weights) is not thread-safe, and a choice takes microseconds.
     */
    public synchronized Optional<Peer> choose(Set<Peer> tried) {
        Peer chosen = PeerPicker.pick(peers, tried, balancer, clock.instant());
        if (chosen != null) {
            chosen.requestStarted(); // under the lock: a drain that follows sees it in active()
        }
        return Optional.ofNullable(chosen);
    }

    /**
     * Drains (or undrains) a peer. Under the same lock as {@link #choose}: once this returns, no
     * choice can pick the peer any more, and every earlier choice is already counted in its
     * {@code active()} - so waiting for {@code active() == 0} is waiting for its last request.
     */
    public synchronized void drain(Peer peer, boolean drained) {
        peer.drain(drained);
    }
}
