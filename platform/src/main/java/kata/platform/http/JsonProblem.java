package kata.platform.http;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.Collection;

/** Why a body was refused, in the API's words: a path and what belongs there, or where it broke. */
final class JsonProblem {

    private JsonProblem() {
    }

    static String describe(JsonProcessingException e) {
        if (e instanceof StreamConstraintsException) {
            return "the JSON is nested too deeply (at most " + JsonBody.MAX_NESTING + " levels)";
        }
        if (e instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            return field(mismatch) + " must be " + expected(mismatch.getTargetType());
        }
        String original = String.valueOf(e.getOriginalMessage());
        if (original.startsWith("Duplicate field")) {
            return "malformed JSON: a key appears twice" + where(e);
        }
        if (original.startsWith("Trailing token")) {
            return "malformed JSON: there is more after the JSON object" + where(e);
        }
        return e instanceof JsonParseException ? "malformed JSON" + where(e) : "the body does not fit this API";
    }

    /** {@code items[0].quantity}: the path the client wrote, not a class name. */
    private static String field(MismatchedInputException e) {
        StringBuilder path = new StringBuilder();
        for (var reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "the body" : path.toString();
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (type == int.class || type == long.class || type == Integer.class || type == Long.class) {
            return "a whole number";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        return Collection.class.isAssignableFrom(type) || type.isArray() ? "a list" : "an object";
    }

    private static String where(JsonProcessingException e) {
        var location = e.getLocation();
        return location == null || location.getLineNr() < 1 ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }
}
