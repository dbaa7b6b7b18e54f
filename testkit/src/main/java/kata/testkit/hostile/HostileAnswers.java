package kata.testkit.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import kata.testkit.hostile.RawHttp.Answer;

/**
 * What a careful service answers to a hostile request: the expected status (or at least a client
 * error - never a 5xx but 505), as a JSON error in the one shape every service uses, naming no
 * class, package or library, without a stack trace, and in time.
 */
public final class HostileAnswers {

    /** No answer in this long is a hang: a client, a gateway, a thread pool all pay for it. */
    public static final Duration PATIENCE = Duration.ofSeconds(2);
    /** Words that belong to the implementation, never to an error a client reads. */
    private static final List<String> INTERNAL_NAMES = List.of("kata.", "java.", "javax.", "jakarta.",
            "com.fasterxml", "org.eclipse", "jackson", "Jackson", "jetty", "Jetty", "Javalin", "Exception", "\tat ");

    private HostileAnswers() {
    }

    /** Sends it to {@code port} and checks the answer; {@code exactStatus} false accepts any 4xx. */
    public static void assertHandledSafely(int port, HostileRequest request, boolean exactStatus) {
        Answer answer = RawHttp.exchange(port, request.bytes(), request.hangUp(), PATIENCE);
        if (request.hangUp()) {
            return; // nobody is listening for this answer; the service's health is checked after
        }
        assertThat(problems(request, answer, exactStatus)).as("what was wrong with the answer to: %s", request)
                .isEmpty();
    }

    /**
     * Whether the service answers {@code GET /health} with 200 - on a connection of its own, so
     * that a pooled connection a hostile request may have spoilt cannot speak for the service.
     */
    public static boolean healthy(int port) {
        byte[] request = "GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        return RawHttp.exchange(port, request, false, PATIENCE).status() == 200;
    }

    /** Everything wrong with {@code answer}, one sentence each; empty when it was handled safely. */
    public static List<String> problems(HostileRequest request, Answer answer, boolean exactStatus) {
        List<String> problems = new ArrayList<>();
        int status = answer.status();
        if (answer.hung()) {
            problems.add(request + ": no answer within " + PATIENCE.toMillis() + " ms");
        }
        boolean clientError = status >= 400 && status < 500 || status == 505;
        if (exactStatus && !request.expected().isEmpty() ? !request.expected().contains(status)
                : !clientError && !request.expected().contains(status)) {
            problems.add(request + ": status " + status + ", expected " + (request.expected().isEmpty()
                    ? "a client error" : request.expected()) + (status < 0 ? " (" + shorten(answer.body()) + ")" : ""));
        }
        if (status >= 400 && !request.name().equals("HEAD")) {
            if (!answer.contentType().startsWith("application/json")
                    || !answer.body().startsWith("{\"error\":\"") || !answer.body().contains("\"status\":" + status)) {
                problems.add(request + ": not a JSON error: " + answer.contentType() + " " + shorten(answer.body()));
            }
            INTERNAL_NAMES.stream().filter(answer.body()::contains).forEach(word ->
                    problems.add(request + ": the body names internals (" + word.strip() + "): " + shorten(answer.body())));
        }
        return problems;
    }

    private static String shorten(String body) {
        return body.length() <= 120 ? body : body.substring(0, 117) + "...";
    }
}
