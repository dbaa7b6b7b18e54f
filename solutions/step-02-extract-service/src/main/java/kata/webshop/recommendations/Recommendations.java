package kata.webshop.recommendations;

import java.util.List;
import kata.shop.recommendations.Recommendation;

/**
 * The seam: what the storefront and checkout need from "recommendations", and nothing about
 * how or where they are computed. Today an in-process adapter sits behind it; in step 02 an
 * HTTP client to a separate service does, and the callers do not change.
 *
 * <p>The contract callers can rely on, whatever sits behind the port:
 * <ul>
 *   <li>{@link #forUser} answers within the adapter's time budget, or throws
 *       {@link RecommendationsUnavailable}: never any other exception, never a hang;</li>
 *   <li>{@link #purchased} returns at once and never throws: a purchase is worth more than a
 *       recommendation, so telling the recommender about it may be lost, never block;</li>
 *   <li>{@link #close} releases what the adapter holds (threads, connections) when the shop
 *       stops; afterwards {@code forUser} is unavailable and {@code purchased} is lost.</li>
 * </ul>
 */
public interface Recommendations extends AutoCloseable {

    List<Recommendation> forUser(String userId);

    void purchased(String userId, List<String> skus);

    /** Nothing to release by default; an adapter with threads of its own stops them here. Never throws. */
    @Override
    default void close() {
    }
}
