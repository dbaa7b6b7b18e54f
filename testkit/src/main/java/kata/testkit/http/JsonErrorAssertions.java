package kata.testkit.http;

import static org.assertj.core.api.Assertions.assertThat;

import kata.runtime.http.HttpResult;

/**
 * The error every service in the workshop answers with: {@code {"error": "...", "status": 400}},
 * as JSON, with the right status - and nothing a stack trace would leak (class names, frames).
 */
public final class JsonErrorAssertions {

    private JsonErrorAssertions() {
    }

    public static void assertJsonError(HttpResult answer, int status) {
        assertThat(answer.status()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/json");
        assertThat(answer.body()).startsWith("{\"error\":").contains("\"status\":" + status)
                .doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("kata.");
    }
}
