package kata.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import kata.gateway.balancing.Balancer;
import kata.gateway.balancing.LeastConnections;
import kata.gateway.balancing.PeerPicker;
import kata.gateway.balancing.SmoothWeightedRoundRobin;
import kata.gateway.topology.ServerSpec;
import kata.gateway.upstream.Peer;
import kata.testkit.Exercise;
import org.junit.jupiter.api.Test;

/**
 * Target 2: balancing, exactly as nginx does it. The orders below are what nginx's
 * ngx_http_upstream_get_peer produces (ngx_http_upstream_round_robin.c), worked out by hand in
 * the README. The parity suite checks the same orders against a real nginx.
 */
class BalancingTest {

    private static final Instant NOW = Instant.parse("2026-01-01T03:00:00Z");

    @Test
    @Exercise(hint = "Smooth weighted round-robin: each candidate's current weight grows by its weight; the largest wins and pays back the total",
            more = "Per choice: for every candidate, currentWeight += weight and total += weight; the best is the one with the"
                    + " largest currentWeight (ties: the first, compare with '>'); then best.currentWeight -= total."
                    + " 'a a a b' has the right ratio but is not what nginx sends.",
            readme = "#target-2-balance-like-nginx")
    void weightedRoundRobinIsNginxsSmoothOrder() {
        assertThat(picks(new SmoothWeightedRoundRobin(), 8, peer("a", 3), peer("b", 1)))
                .as("weights a=3 b=1").containsExactly("a", "a", "b", "a", "a", "a", "b", "a");
        assertThat(picks(new SmoothWeightedRoundRobin(), 7, peer("a", 5), peer("b", 1), peer("c", 1)))
                .as("weights a=5 b=1 c=1 (the example in nginx's source)").containsExactly("a", "a", "b", "a", "c", "a", "a");
    }

    @Test
    @Exercise(hint = "least_conn: fewest requests in flight FOR ITS WEIGHT wins; peers that tie go smooth-weighted round-robin",
            more = "Compare a.active * b.weight < b.active * a.weight (no division, no rounding). Collect the peers that tie"
                    + " with the least and let a SmoothWeightedRoundRobin choose among them.",
            readme = "#target-2-balance-like-nginx")
    void leastConnPrefersTheIdlestForItsWeight() {
        Peer a = peer("a", 1);
        Peer b = peer("b", 1);
        busy(a, 2);
        busy(b, 1);
        assertThat(new LeastConnections().choose(List.of(a, b))).as("a has 2 in flight, b has 1").isSameAs(b);

        Peer heavy = peer("heavy", 3);
        Peer light = peer("light", 1);
        busy(heavy, 2);
        busy(light, 1);
        assertThat(new LeastConnections().choose(List.of(heavy, light)))
                .as("heavy (weight 3) has 2 in flight, light (weight 1) has 1: 2/3 < 1/1").isSameAs(heavy);

        assertThat(picks(new LeastConnections(), 8, peer("a", 3), peer("b", 1)))
                .as("all idle: a tie every time, so nginx's smooth order").containsExactly("a", "a", "b", "a", "a", "a", "b", "a");
    }

    @Test
    @Exercise(hint = "PeerPicker: only peers not tried, not drained and healthy; primaries first, backups only when no primary can",
            more = "Filter the primaries with canTake; if none is left, filter the backups; none at all: null (the gateway answers 502).",
            readme = "#target-2-balance-like-nginx")
    void aBackupServesOnlyWhenNoPrimaryCan() {
        Peer a = peer("a", 1);
        Peer b = peer("b", 1);
        Peer backup = new Peer(ServerSpec.of("backup", "127.0.0.1:3").asBackup());
        List<Peer> pool = List.of(a, b, backup);
        Balancer balancer = new SmoothWeightedRoundRobin();

        List<String> healthy = IntStream.range(0, 6).mapToObj(i -> PeerPicker.pick(pool, Set.of(), balancer, NOW).name()).toList();
        assertThat(healthy).as("both primaries up").doesNotContain("backup");

        a.drain(true);
        assertThat(PeerPicker.pick(pool, Set.of(), balancer, NOW)).as("a drained").isSameAs(b);
        a.drain(false);

        b.health().failed(NOW);
        assertThat(PeerPicker.pick(pool, Set.of(), balancer, NOW)).as("b failed (max_fails=1)").isSameAs(a);
        assertThat(PeerPicker.pick(pool, Set.of(a), balancer, NOW)).as("b failed and a already tried").isSameAs(backup);
        assertThat(PeerPicker.pick(pool, Set.of(a, backup), balancer, NOW)).as("everything tried").isNull();
    }

    private static Peer peer(String name, int weight) {
        return new Peer(ServerSpec.of(name, "127.0.0.1:1").weight(weight));
    }

    private static void busy(Peer peer, int requests) {
        IntStream.range(0, requests).forEach(i -> peer.requestStarted());
    }

    private static List<String> picks(Balancer balancer, int count, Peer... peers) {
        List<Peer> candidates = List.of(peers);
        Supplier<String> next = () -> balancer.choose(candidates).name();
        List<String> names = new ArrayList<>();
        IntStream.range(0, count).forEach(i -> names.add(next.get()));
        return names;
    }
}
