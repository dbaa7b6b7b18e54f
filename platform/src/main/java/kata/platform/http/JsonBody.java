package kata.platform.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.Locale;

/**
 * Reads a JSON request body strictly, or answers 415/400 with a message a client can act on.
 *
 * <p>Strict, because a lenient parser guesses: {@code "2"} is not a quantity, {@code 1.5} is not
 * 1, {@code {...} xyz} is not one object, and a key given twice has no "right" value. Safe,
 * because the parser's own messages name classes and settings: they stay in the log, and the
 * client reads the API's words ({@link JsonProblem}).
 */
public final class JsonBody {

    /** Deeper than any body this workshop accepts; a deeper one is an attack on the parser. */
    static final int MAX_NESTING = 16;

    private static final ObjectMapper MAPPER = strictMapper();

    private JsonBody() {
    }

    public static <T> T read(Context ctx, Class<T> type) {
        requireJsonContentType(ctx.contentType());
        String body = ctx.body();
        try {
            JsonNode tree = MAPPER.readTree(body); // syntax, duplicates, depth, trailing tokens
            if (tree == null || tree.isMissingNode()) {
                throw new BadRequestResponse("the body is empty: send a JSON object");
            }
            if (!tree.isObject()) {
                throw new BadRequestResponse("the body must be a JSON object");
            }
            return MAPPER.treeToValue(tree, type); // types: no coercion, no guessing
        } catch (JsonProcessingException e) {
            throw new BadRequestResponse(JsonProblem.describe(e));
        }
    }

    /** {@code application/json}, optionally with parameters such as a charset; nothing "close". */
    static void requireJsonContentType(String contentType) {
        String mediaType = contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!mediaType.equals("application/json")) {
            throw new HttpResponseException(415, "send the body as Content-Type: application/json");
        }
    }

    private static ObjectMapper strictMapper() {
        ObjectMapper mapper = JsonMapper.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES) // a tolerant reader
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING).build());
        // A number or a boolean where text belongs is a client bug, not a string.
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        return mapper;
    }
}
