package kata.runtime.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/**
 * A loopback port nobody listens on right now, for a service that must keep its address across
 * restarts (a node behind a gateway, a supervised service): port 0 would give it a new one each
 * time. Another program could take the port between this call and the service's start; on a
 * test machine's loopback that race is rare enough, and the service's start fails loudly if it happens.
 */
public final class FreePort {

    private FreePort() {
    }

    public static int onLoopback() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free loopback port", e);
        }
    }
}
