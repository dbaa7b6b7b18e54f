package kata.gateway.failure;

import java.util.Set;

/**
 * What the gateway does when an upstream fails: try the next one, or answer the client - and
 * with which status. The same rules nginx follows ({@code proxy_next_upstream}).
 */
public final class Failures {

    /** Methods that may be repeated without doing twice what the client asked once (RFC 9110 9.2.2). */
    private static final Set<String> IDEMPOTENT = Set.of("GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE");

    private Failures() {
    }

    /**
     * May the gateway send this request to the next upstream? Only when the first one never saw
     * it (a connect failure) and doing it again is harmless (an idempotent method). A POST that
     * reached one upstream is never sent to a second: that would be a double checkout.
     */
    public static boolean mayTryNext(String method, UpstreamFailure failure) {
        return failure == UpstreamFailure.CONNECT && IDEMPOTENT.contains(method);
    }

    /** The gateway's answer when no upstream answered: 504 for a read timeout, 502 otherwise. */
    public static int statusFor(UpstreamFailure failure) {
        return failure == UpstreamFailure.READ_TIMEOUT ? 504 : 502;
    }

    /**
     * Does the gateway replace an upstream's answer with its own 502? For a 500: an internal error
     * page may carry a stack trace, which the client must never see. Other statuses - the shop's
     * own 503 "recommendations unavailable" - are meaningful answers and pass through.
     * nginx: {@code proxy_intercept_errors on;} with {@code error_page 500 =502 ...}.
     */
    public static boolean hidesUpstreamAnswer(int upstreamStatus) {
        return upstreamStatus == 500;
    }
}
