package kata.webshop.recommendations;

import java.util.List;
import kata.shop.recommendations.Recommendation;

/**
 * The seam: what the storefront and checkout need from "recommendations", and nothing about
 * how or where they are computed. In step 01 an in-process adapter sits behind it; from step 02
 * on, an HTTP client to a separate service does, and the callers do not change. It lives here,
 * once, because no step changes it: every step writes adapters for it.
 *
 * <p>The contract callers can rely on, whatever sits behind the port:
 * <ul>
 *   <li>{@link #forUser} answers within the adapter's time budget, or throws
 *       {@link RecommendationsUnavailable}: never any other exception, never a hang;</li>
 *   <li>{@link #purchased} returns at once and never throws: a purchase is worth more than a
 *       recommendation, so telling the recommender about it may be lost, never block;</li>
 *   <li>{@link #close} ends every thread and connection the adapter started.</li>
 * </ul>
 */
public interface Recommendations extends AutoCloseable {

    List<Recommendation> forUser(String userId);

    void purchased(String userId, List<String> skus);

    /**
     * Lets go of what the adapter holds (its threads, its connections). The shop calls it when
     * its server stops: nothing an adapter starts may outlive the server that uses it.
     */
    @Override
    default void close() {
    }
}
