package kata.webshop.recommendations;

/** The only failure the {@link Recommendations} port may report: "not now", with a reason for the log. */
public final class RecommendationsUnavailable extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RecommendationsUnavailable(String reason, Throwable cause) {
        super(reason, cause);
    }

    public RecommendationsUnavailable(String reason) {
        super(reason);
    }
}
