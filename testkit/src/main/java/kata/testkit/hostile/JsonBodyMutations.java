package kata.testkit.hostile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.math.BigDecimal;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A valid JSON body, broken one value at a time: every field (and the first element of every
 * list) gets each value of another type, and strings and numbers get their extremes. A strict
 * reader refuses every one with a 400 that names the field; a lenient one guesses.
 */
final class JsonBodyMutations {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** One value of each JSON type, as text, with the type it is. */
    private static final Map<String, String> OTHER_TYPES = Map.of(
            "a string", "\"text\"", "a whole number", "7", "a fraction", "1.5", "a boolean", "true",
            "null", "null", "a list", "[]", "an object", "{}");

    private JsonBodyMutations() {
    }

    /** Name of the mutation ("items[0].quantity as a fraction") to the mutated body. */
    static Map<String, String> of(String validBody) {
        Map<String, String> mutations = new LinkedHashMap<>();
        JsonNode valid = read(validBody);
        walk(valid, "", (path) -> {
            JsonNode original = at(valid, path);
            OTHER_TYPES.forEach((type, value) -> {
                if (!sameType(original, read(value))) {
                    mutations.put(path + " as " + type, replaced(valid, path, read(value)));
                }
            });
            if (original.isTextual()) {
                mutations.put(path + " 10,000 characters long", replaced(valid, path, JSON.valueToTree("x".repeat(10_000))));
                mutations.put(path + " with CR LF", replaced(valid, path, JSON.valueToTree("c-1\r\nX-Injected: 1")));
            }
            if (original.isIntegralNumber()) {
                mutations.put(path + " beyond 64 bits", replaced(valid, path, read("99999999999999999999999")));
                mutations.put(path + " as 1e400", replaced(valid, path, JSON.getNodeFactory().numberNode(new BigDecimal("1e400"))));
            }
        });
        return mutations;
    }

    /** Calls {@code visit} with the path of every value under {@code node}: "items[0].sku". */
    private static void walk(JsonNode node, String path, Consumer<String> visit) {
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(name -> {
                String child = path.isEmpty() ? name : path + "." + name;
                visit.accept(child);
                walk(node.get(name), child, visit);
            });
        } else if (node.isArray() && !node.isEmpty()) {
            visit.accept(path + "[0]");
            walk(node.get(0), path + "[0]", visit);
        }
    }

    private static JsonNode at(JsonNode root, String path) {
        return root.at("/" + path.replace(".", "/").replace("[", "/").replace("]", ""));
    }

    private static String replaced(JsonNode valid, String path, JsonNode value) {
        JsonNode copy = valid.deepCopy();
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        JsonNode parent = cut < 0 ? copy : at(copy, path.substring(0, cut));
        String last = path.substring(cut + 1);
        if (parent instanceof ArrayNode list) {
            list.set(Integer.parseInt(last.replace("]", "")), value);
        } else {
            ((ObjectNode) parent).set(last, value);
        }
        return copy.toString();
    }

    private static boolean sameType(JsonNode a, JsonNode b) {
        return a.getNodeType() == b.getNodeType() && a.isIntegralNumber() == b.isIntegralNumber();
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + json, e);
        }
    }
}
