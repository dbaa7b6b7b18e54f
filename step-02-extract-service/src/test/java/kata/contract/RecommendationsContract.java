package kata.contract;

import java.util.List;

/**
 * The contract between the shop (the consumer) and the recommendation service (the provider),
 * written as examples. Both sides are tested against the same examples: the provider must
 * answer each question as shown, the consumer must ask exactly so and read the answer.
 *
 * <p>Provider state for every example: a fresh engine, nobody has bought anything yet.
 */
final class RecommendationsContract {

    private RecommendationsContract() {
    }

    /** The shop asks for a user's recommendations. */
    record Question(String name, String userId, String path, String answer) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** The shop tells the service what a customer bought; the service answers 202 Accepted. */
    record Purchase(String name, String userId, List<String> skus, String body) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final List<Question> QUESTIONS = List.of(
            new Question("recommendations for a customer who bought nothing yet", "u-1", "/recommendations/u-1", """
                    {"userId": "u-1", "recommendations": [
                      {"sku": "VPS-SSD-2GB", "name": "VPS SSD 2 GB", "reason": "popular"},
                      {"sku": "VPS-SSD-4GB", "name": "VPS SSD 4 GB", "reason": "popular"},
                      {"sku": "VPS-SSD-8GB", "name": "VPS SSD 8 GB", "reason": "popular"}]}
                    """),
            // A user id is data, not path: the space travels as %20, and comes back as a space.
            new Question("a user id that must be encoded in the path", "Ada Lovelace", "/recommendations/Ada%20Lovelace", """
                    {"userId": "Ada Lovelace", "recommendations": [
                      {"sku": "VPS-SSD-2GB", "name": "VPS SSD 2 GB", "reason": "popular"},
                      {"sku": "VPS-SSD-4GB", "name": "VPS SSD 4 GB", "reason": "popular"},
                      {"sku": "VPS-SSD-8GB", "name": "VPS SSD 8 GB", "reason": "popular"}]}
                    """));

    static final List<Purchase> PURCHASES = List.of(
            new Purchase("a checkout of two products", "c-1", List.of("VPS-SSD-4GB", "BACKUP-100GB"), """
                    {"userId": "c-1", "skus": ["VPS-SSD-4GB", "BACKUP-100GB"]}
                    """));
}
