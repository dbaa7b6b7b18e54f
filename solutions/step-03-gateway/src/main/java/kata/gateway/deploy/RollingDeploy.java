package kata.gateway.deploy;

import java.util.List;

/**
 * A zero-downtime deploy: every node gets the new version, and no customer sees an error. The
 * trick is order - one node out of the pool at a time, and never a request sent to a node that
 * is going away.
 */
public final class RollingDeploy {

    /** What an operator can do to one node; the Java gateway and nginx each do it their way. */
    public interface Operator {

        /** Out of the pool: no new requests; returns once its requests in flight have finished. */
        void drain(String node);

        /** Stop it gracefully and start the new version; returns once it is ready. */
        void restart(String node);

        /** Back into the pool. */
        void undrain(String node);
    }

    private RollingDeploy() {
    }

    public static void run(List<String> nodes, Operator operator) {
        // One at a time: while one node restarts, the others carry the load.
        for (String node : nodes) {
            operator.drain(node);   // first no new requests, and its last ones finish...
            operator.restart(node); // ...then the restart cuts nothing off...
            operator.undrain(node); // ...and only a ready node takes traffic again.
        }
    }
}
