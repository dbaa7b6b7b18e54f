package kata.contract;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import kata.contract.RecommendationsContract.Question;
import kata.testkit.stub.StubServer;

/**
 * A stand-in provider for the consumer's side of the contract: it answers each example
 * question at exactly its path, every purchase with 202, and anything else with a 404 that
 * names the request no example covers.
 *
 * <p>Each answer carries one field the contract does not know. Providers may add fields;
 * consumers must ignore what they do not use (the "tolerant reader").
 */
final class ContractReplay {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ContractReplay() {
    }

    static StubServer start() {
        return StubServer.answering(request -> {
            if (request.method().equals("POST") && request.rawPath().equals("/purchases")) {
                return StubServer.Answer.status(202);
            }
            return RecommendationsContract.QUESTIONS.stream()
                    .filter(question -> request.method().equals("GET") && request.rawPath().equals(question.path()))
                    .findFirst()
                    .map(question -> StubServer.Answer.json(200, withAFieldAddedLater(question)))
                    .orElse(StubServer.Answer.json(404, "{\"error\":\"no contract example for "
                            + request.method() + " " + request.rawPath() + "\",\"status\":404}"));
        });
    }

    private static String withAFieldAddedLater(Question question) {
        try {
            ObjectNode answer = (ObjectNode) JSON.readTree(question.answer());
            return answer.put("modelVersion", "2024-11-night-shift").toString();
        } catch (IOException e) {
            throw new IllegalStateException("the answer of '" + question + "' is not JSON", e);
        }
    }
}
