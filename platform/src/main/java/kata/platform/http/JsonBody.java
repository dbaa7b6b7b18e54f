package kata.platform.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.Locale;

/** Reads a JSON request body, or answers 415/400 with a message a client can act on. */
public final class JsonBody {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private JsonBody() {
    }

    public static <T> T read(Context ctx, Class<T> type) {
        String contentType = ctx.contentType();
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            throw new HttpResponseException(415, "send the body as Content-Type: application/json");
        }
        try {
            T value = MAPPER.readValue(ctx.body(), type);
            if (value == null) {
                throw new BadRequestResponse("malformed JSON: the body is empty or null");
            }
            return value;
        } catch (JsonProcessingException e) {
            // The parser's own message names the line and column; its class names stay in the log.
            throw new BadRequestResponse("malformed JSON: " + e.getOriginalMessage());
        }
    }
}
