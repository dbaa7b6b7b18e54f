package kata.webshop.recommendations;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import kata.shop.recommendations.Recommendation;

/**
 * The shop's side of the wire format agreed with the recommendation service (the contract in
 * the step README). The service has its own classes for the same JSON: the two deploy
 * separately, so they share a contract - checked by a test on both sides - not a jar.
 */
final class RecommendationsJson {

    /** A tolerant reader: a field the service adds tomorrow must not break the shop today. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** What the shop reads of {@code GET /recommendations/{userId}}: only what it uses. */
    private record Answer(String userId, List<Recommendation> recommendations) {
    }

    /** What the shop sends to {@code POST /purchases}. */
    private record Purchase(String userId, List<String> skus) {
    }

    private RecommendationsJson() {
    }

    /** @throws RecommendationsUnavailable for valid JSON that is not a complete answer */
    static List<Recommendation> readAnswer(String body) throws JsonProcessingException {
        Answer answer = JSON.readValue(body, Answer.class);
        // The page must not fail on a null the service sent: check before anyone renders it.
        boolean complete = answer != null && answer.recommendations() != null && answer.recommendations().stream()
                .allMatch(r -> r != null && r.sku() != null && r.name() != null && r.reason() != null);
        if (!complete) {
            throw new RecommendationsUnavailable("recommendation service answered without complete recommendations");
        }
        return answer.recommendations();
    }

    static String purchase(String userId, List<String> skus) throws JsonProcessingException {
        return JSON.writeValueAsString(new Purchase(userId, skus));
    }
}
