package kata.stub;

import java.time.Duration;
import kata.testkit.stub.StubServer;

/**
 * The ways a recommendation service fails at 3 AM, each as a real server on loopback. An HTTP
 * adapter must turn every one of them into "unavailable", within its time budget.
 */
public enum Misbehaviour {

    REFUSES_CONNECTIONS("refuses connections"),
    HANGS("accepts the connection and never answers"),
    ANSWERS_500("answers 500"),
    ANSWERS_MALFORMED_JSON("answers 200 with malformed JSON"),
    ANSWERS_TOO_SLOWLY("answers correctly, but after twice the read timeout"),
    STALLS_MID_BODY("sends its headers, then stalls mid-body"),
    TRICKLES("trickles its answer, one byte per 100 ms");

    /** A correct answer, for the service that is merely too slow to deliver it. */
    static final String GOOD_ANSWER = "{\"userId\":\"u-1\",\"recommendations\":"
            + "[{\"sku\":\"VPS-SSD-4GB\",\"name\":\"VPS SSD 4 GB\",\"reason\":\"popular\"}]}";

    private final String description;

    Misbehaviour(String description) {
        this.description = description;
    }

    /** Starts a server that misbehaves this way for a client with this read timeout. */
    public StubServer start(Duration readTimeout) {
        return switch (this) {
            case REFUSES_CONNECTIONS -> StubServer.refusingConnections();
            case HANGS -> StubServer.answering(request -> StubServer.Answer.hang());
            case ANSWERS_500 -> StubServer.answering(request ->
                    StubServer.Answer.json(500, "{\"error\":\"internal error\",\"status\":500}"));
            case ANSWERS_MALFORMED_JSON -> StubServer.answering(request ->
                    StubServer.Answer.json(200, GOOD_ANSWER.substring(0, GOOD_ANSWER.length() / 2)));
            case ANSWERS_TOO_SLOWLY -> StubServer.answering(request ->
                    StubServer.Answer.json(200, GOOD_ANSWER).after(readTimeout.multipliedBy(2)));
            // The headers come at once, so a timeout that only waits for headers is satisfied...
            case STALLS_MID_BODY -> StubServer.answering(request -> StubServer.Answer.json(200, GOOD_ANSWER).stallingMidBody());
            // ...and here bytes keep coming, so no "nothing received for a while" timeout fires either.
            case TRICKLES -> StubServer.answering(request -> StubServer.Answer.json(200, GOOD_ANSWER).trickling());
        };
    }

    @Override
    public String toString() {
        return description;
    }
}
