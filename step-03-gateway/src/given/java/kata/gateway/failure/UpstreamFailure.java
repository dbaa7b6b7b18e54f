package kata.gateway.failure;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.util.concurrent.TimeoutException;

/** What went wrong between the gateway and an upstream, in nginx's words. */
public enum UpstreamFailure {
    /** Could not connect (refused, unreachable, connect timeout): the request never left the gateway. */
    CONNECT,
    /** Connected and sent, then no answer within the read timeout: the upstream may be working on it. */
    READ_TIMEOUT,
    /** Anything else after the request was sent: reset, closed early, garbage. */
    BROKEN;

    /** Classifies what Jetty's HTTP client reports. */
    public static UpstreamFailure of(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof NoRouteToHostException
                    || cause instanceof SocketTimeoutException) {
                return CONNECT; // Jetty reports a connect timeout as SocketTimeoutException
            }
            if (cause instanceof TimeoutException) {
                return READ_TIMEOUT; // the request's idle timeout: no byte for readTimeout
            }
        }
        return BROKEN;
    }
}
