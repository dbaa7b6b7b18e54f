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
        // TODO(target 4): every node gets restarted, one at a time, and never while it takes requests.
        //  Which of the operator's three steps come in which order?
    }
}
