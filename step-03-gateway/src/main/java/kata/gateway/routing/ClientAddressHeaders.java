package kata.gateway.routing;

import org.eclipse.jetty.http.HttpFields;

/**
 * Tells the upstream who the client is. The gateway is the edge: the only address it knows for
 * sure is the socket's. Whatever a client wrote into {@code X-Forwarded-For} or {@code X-Real-IP}
 * is a claim, and anyone can claim to be 10.0.0.1 (an "internal" address an admin page trusts).
 *
 * <p>nginx: {@code proxy_set_header X-Real-IP $remote_addr;} and
 * {@code proxy_set_header X-Forwarded-For $remote_addr;} (not {@code $proxy_add_x_forwarded_for},
 * which appends to what the client sent: right behind another proxy you trust, wrong at the edge).
 */
public final class ClientAddressHeaders {

    private ClientAddressHeaders() {
    }

    /**
     * @param socketAddress the client's address as the socket saw it, e.g. {@code 127.0.0.1}
     * @param upstreamHeaders the headers about to go upstream (already a copy of the client's)
     */
    public static void apply(String socketAddress, HttpFields.Mutable upstreamHeaders) {
        // TODO(target 1): X-Real-IP and X-Forwarded-For are the socket's address, whatever the client sent.
        //  (HttpFields.Mutable has put(name, value) and add(name, value): which one replaces?)
    }
}
