package kata.runtime.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What came back from one HTTP exchange, already read into memory so a test can look at it
 * as often as it likes.
 *
 * <p>{@code status} is {@code -1} when there was no HTTP answer at all (connection refused,
 * timeout) — only {@link TestHttp#tryGet} produces that; {@code body} then holds the
 * exception, e.g. {@code java.net.ConnectException: Connection refused}.
 *
 * @param headers as received; {@code java.net.http} lower-cases the names, so use
 *                {@link #header(String)} rather than {@code headers.get("Content-Type")}
 * @param elapsed wall-clock time from sending the request to having the whole body
 */
public record HttpResult(int status, String body, Map<String, List<String>> headers, Duration elapsed) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public HttpResult {
        headers = Map.copyOf(headers);
    }

    /** The first value of a header, matched case-insensitively, or {@code null} when absent. */
    public String header(String name) {
        return headers.entrySet().stream()
                .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                .flatMap(entry -> entry.getValue().stream())
                .findFirst()
                .orElse(null);
    }

    /** True for a 2xx answer. A probe failure (status -1) is never a success. */
    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    public String contentType() {
        return header("Content-Type");
    }

    /** The body as JSON, to read a field: {@code answer.json().path("id").asText()}. */
    public JsonNode json() {
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("not JSON (status " + status + "): " + body, e);
        }
    }
}
