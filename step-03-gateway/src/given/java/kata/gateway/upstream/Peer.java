package kata.gateway.upstream;

import java.util.concurrent.atomic.AtomicInteger;
import kata.gateway.health.PassiveHealth;
import kata.gateway.topology.ServerSpec;

/**
 * One server of a pool while the gateway runs: its settings, the requests it has in flight, whether
 * an operator drained it, and what the gateway has seen of its health.
 *
 * <p>{@link #currentWeight} belongs to smooth weighted round-robin; it is read and written only
 * while the pool's lock is held ({@link Upstream#choose}).
 */
public final class Peer {

    private final ServerSpec spec;
    private final AtomicInteger active = new AtomicInteger();
    private final PassiveHealth health;
    private volatile boolean drained;
    /** nginx's {@code current_weight}: grows by the weight each round, shrinks by the total when chosen. */
    public int currentWeight;

    public Peer(ServerSpec spec) {
        this.spec = spec;
        this.health = new PassiveHealth(spec.maxFails(), spec.failTimeout());
    }

    public String name() {
        return spec.name();
    }

    public String address() {
        return spec.address();
    }

    public int weight() {
        return spec.weight();
    }

    public boolean backup() {
        return spec.backup();
    }

    /** Requests sent to this peer and not yet answered (nginx's {@code conns}). */
    public int active() {
        return active.get();
    }

    public void requestStarted() {
        active.incrementAndGet();
    }

    public void requestEnded() {
        active.decrementAndGet();
    }

    public PassiveHealth health() {
        return health;
    }

    /** Drained: takes no new request, finishes the ones it has. nginx: {@code server ... down;} and a reload. */
    public boolean drained() {
        return drained;
    }

    public void drain(boolean value) {
        drained = value;
    }

    @Override
    public String toString() {
        return name();
    }
}
