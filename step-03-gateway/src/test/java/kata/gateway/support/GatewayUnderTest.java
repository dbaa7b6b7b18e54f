package kata.gateway.support;

import java.net.URI;
import kata.runtime.http.TestHttp;

/**
 * A gateway the parity scenarios run against: the Java one or nginx, started from the same
 * topology. Draining a node is the one operation they do differently (an admin call; a config
 * with {@code down} and a reload), so it is the one the scenarios ask for by name.
 */
public interface GatewayUnderTest extends AutoCloseable {

    /** "java" or "nginx", for messages. */
    String kind();

    URI baseUri();

    default TestHttp http() {
        return TestHttp.to(baseUri());
    }

    /** Takes the node out of every pool (no new requests) and returns when its requests in flight are done. */
    void drain(String node);

    /** Puts the node back into its pools. */
    void undrain(String node);

    @Override
    void close();
}
