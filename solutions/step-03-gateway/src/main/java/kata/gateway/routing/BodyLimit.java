package kata.gateway.routing;

/**
 * nginx's {@code client_max_body_size}: a body bigger than the limit is refused with 413 at the
 * gateway, before an upstream spends a thread and memory on it.
 */
public final class BodyLimit {

    private BodyLimit() {
    }

    /**
     * @param contentLength the request's declared body length, -1 when unknown (chunked)
     * @return whether the gateway refuses the request with 413
     */
    public static boolean tooLarge(long contentLength, long maxBodyBytes) {
        // The declared length is enough to refuse early. A chunked body of unknown length is
        // counted as it streams by the upstream's own limit (every service here has one).
        return contentLength > maxBodyBytes;
    }
}
