package kata.testkit.hostile;

import static kata.testkit.hostile.HostileRequest.http;
import static kata.testkit.hostile.HostileRequest.withBody;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;

/**
 * The requests an attacker or a broken client sends, for each kind of input an endpoint takes:
 * a JSON body ({@link JsonBodyMutations} adds wrong types at every level), a path segment, an
 * {@code Authorization} header - and, for all of them, broken framing, wrong methods, over-long
 * URIs and headers. Each endpoint gets at least 40.
 */
public final class HostileInputs {

    private static final Set<Integer> ANY_CLIENT_ERROR = Set.of();
    private static final String JSON = "application/json";

    private HostileInputs() {
    }

    /** For {@code POST path} with a JSON object; {@code validBody} is one the endpoint accepts. */
    public static List<HostileRequest> forJsonBody(String path, String validBody) {
        List<HostileRequest> all = new ArrayList<>();
        for (String root : List.of("[]", "\"hello\"", "123", "true", "null", "", "{", "{'customerId':1}",
                "{/* comment */}", validBody + " xyz", validBody + validBody, "{\"a\":" .repeat(200) + "1" + "}".repeat(200))) {
            all.add(post("body " + shorten(root), path, JSON, root.getBytes(StandardCharsets.UTF_8), 400));
        }
        JsonBodyMutations.of(validBody).forEach((name, body) ->
                all.add(post(name, path, JSON, body.getBytes(StandardCharsets.UTF_8), 400)));
        all.add(post("a key given twice", path, JSON, duplicateFirstKey(validBody), 400));
        all.add(post("a raw NUL inside a string", path, JSON, validBody.replaceFirst("\":\"", "\":\"\u0000")
                .getBytes(StandardCharsets.UTF_8), 400));
        all.add(post("invalid UTF-8", path, JSON, invalidUtf8(validBody), 400));
        all.add(post("a 200 KB body", path, JSON, ("{\"pad\":\"" + "x".repeat(200_000) + "\"}")
                .getBytes(StandardCharsets.UTF_8), 413));
        for (String type : List.of("text/plain", "application/xml", "application/jsonpfoo", "application/json-patch+json",
                "multipart/form-data; boundary=x", "application/x-www-form-urlencoded")) {
            all.add(post("Content-Type " + type, path, type, validBody.getBytes(StandardCharsets.UTF_8), 415));
        }
        all.add(post("no Content-Type", path, null, validBody.getBytes(StandardCharsets.UTF_8), 415));
        all.addAll(framing(path, validBody));
        all.addAll(wrongMethods(path, "POST", Set.of(405)));
        all.addAll(transport(path));
        return all;
    }

    /**
     * For {@code GET prefix{value}}: ids that are too long, encoded wrongly, or try to escape.
     * {@code answers} is what the endpoint may say to such an id: 404 for a lookup, and 200 too
     * where any plain text is an id (a user's recommendations).
     */
    public static List<HostileRequest> forPathSegment(String prefix, Set<Integer> answers) {
        List<HostileRequest> all = new ArrayList<>();
        for (String segment : List.of("x".repeat(2_000), "%00", "a%00b", "%0d%0aSet-Cookie:%20x=1", "..%2F..%2Fetc%2Fpasswd",
                "%2e%2e%2f%2e%2e%2f", "..;/admin/orders", "%zz", "%FF%FE", "%C0%AF", "%F0%9F%92%A3", "%3Cscript%3E",
                "'%20OR%201=1--", "%20", "a%20b", "%E2%80%AE", "%22", "a;b=c", "%25", "-1", "0", "NaN", "1e400",
                "%7B%7D", "%5B%5D", "%2F", "%5C..%5C", "%2e", "%24%7Bjndi%3Aldap%3A%2F%2F127.0.0.1%2Fa%7D", "%24(id)",
                "%2A", "x%09y", "%C3%A6%C3%B8%C3%A5")) {
            all.add(new HostileRequest("segment " + shorten(segment), http("GET", prefix + segment, "", new byte[0]),
                    answers, false));
        }
        all.add(new HostileRequest("a 20,000-character segment", http("GET", prefix + "x".repeat(20_000), "",
                new byte[0]), Set.of(414), false));
        all.addAll(wrongMethods(prefix + "VPS-SSD-4GB", "GET", Set.of(405)));
        all.addAll(transport(prefix + "VPS-SSD-4GB"));
        return all;
    }

    /** For a path behind HTTP Basic authentication: every wrong {@code Authorization} is a 401. */
    public static List<HostileRequest> forAuthorization(String path, String user) {
        List<HostileRequest> all = new ArrayList<>();
        List<String> headers = new ArrayList<>(List.of("", "Basic", "Basic ", "Basic %%%", "Basic ====", "Bearer abc",
                "Digest username=\"" + user + "\"", "basic" + b64(user + ":"), "Basic " + b64(user), "Basic " + b64(":"),
                "Basic " + b64(user + ":"), "Basic " + b64(":" + user), "Basic " + b64(user.toUpperCase() + ":x"),
                "Basic " + b64(user + " :x"), "Basic " + b64(user + "\u0000:x"), "Basic " + b64("x".repeat(5_000) + ":y"),
                "Basic " + b64(user + ":" + "y".repeat(5_000)), "Basic " + b64(user + ":' OR '1'='1"),
                "Basic " + b64(user + ":%00"), "Basic " + b64("\u00e4dmin:x"), "Basic  " + b64(user + ":x") + " extra",
                "Basic " + b64(user + ":x").toLowerCase(), "Basic " + b64(user + "::"), "Basic\t" + b64(user + ":x"),
                "BASIC " + b64(user + ":nope"), "Basic " + b64("admin:admin"), "Basic " + b64("admin:password"),
                "Basic " + b64("root:root"), "Negotiate abc", "Basic " + b64(user + ":x") + "=",
                "Basic " + b64("\u202e" + user + ":x"), "Basic " + b64(user + ":x\r\n")));
        for (String header : headers) {
            all.add(new HostileRequest("Authorization " + shorten(header),
                    http("GET", path, "Authorization: " + header + "\r\n", new byte[0]), Set.of(401), false));
        }
        all.add(new HostileRequest("two Authorization headers", http("GET", path, "Authorization: Basic "
                + b64(user + ":x") + "\r\nAuthorization: Basic " + b64(user + ":y") + "\r\n", new byte[0]), Set.of(401), false));
        all.addAll(wrongMethods(path, "GET", Set.of(401, 405))); // who asks is checked before how
        all.addAll(transport(path));
        return all;
    }

    /** Bodies whose framing lies: a client that breaks the protocol, or hangs up halfway. */
    private static List<HostileRequest> framing(String path, String validBody) {
        String type = "Content-Type: " + JSON + "\r\n";
        byte[] body = validBody.getBytes(StandardCharsets.UTF_8);
        return List.of(
                new HostileRequest("broken chunk size", http("POST", path, type + "Transfer-Encoding: chunked\r\n",
                        ("zz\r\n" + validBody + "\r\n0\r\n\r\n").getBytes(StandardCharsets.UTF_8)), Set.of(400), false),
                new HostileRequest("Content-Length abc", http("POST", path, type + "Content-Length: abc\r\n", body),
                        Set.of(400), false),
                new HostileRequest("two different Content-Lengths", http("POST", path, type + "Content-Length: 2\r\n"
                        + "Content-Length: " + body.length + "\r\n", body), Set.of(400), false),
                new HostileRequest("Content-Length and chunked", http("POST", path, type + "Content-Length: 4\r\n"
                        + "Transfer-Encoding: chunked\r\n", ("0\r\n\r\n").getBytes(StandardCharsets.UTF_8)), ANY_CLIENT_ERROR, false),
                new HostileRequest("hangs up halfway through the body", http("POST", path, type + "Content-Length: "
                        + (body.length * 2) + "\r\n", body), ANY_CLIENT_ERROR, true));
    }

    private static List<HostileRequest> wrongMethods(String path, String allowed, Set<Integer> refusal) {
        List<HostileRequest> all = new ArrayList<>();
        for (String method : List.of("GET", "POST", "PUT", "DELETE", "PATCH")) {
            if (!method.equals(allowed)) {
                all.add(new HostileRequest(method + " " + shorten(path), withBody(method, path, JSON, new byte[0]),
                        refusal, false));
            }
        }
        all.add(new HostileRequest("HEAD", http("HEAD", path, "", new byte[0]), Set.of(200, 401, 404, 405), false));
        all.add(new HostileRequest("OPTIONS", http("OPTIONS", path, "", new byte[0]), Set.of(200, 204, 401, 404, 405), false));
        return all;
    }

    /** What the HTTP server itself must refuse before any route runs, as JSON. */
    private static List<HostileRequest> transport(String path) {
        return List.of(
                new HostileRequest("a 20 KB URI", http("GET", path + "?q=" + "a".repeat(20_000), "", new byte[0]), Set.of(414), false),
                new HostileRequest("a 20 KB header", http("GET", path, "X-Big: " + "a".repeat(20_000) + "\r\n", new byte[0]),
                        Set.of(431), false),
                new HostileRequest("HTTP/3.7", ("GET " + path + " HTTP/3.7\r\nHost: x\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1),
                        Set.of(505), false),
                new HostileRequest("a NUL in the request line", ("GET " + path + "\u0000 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
                        .getBytes(StandardCharsets.ISO_8859_1), Set.of(400), false));
    }

    private static HostileRequest post(String name, String path, String type, byte[] body, int status) {
        return new HostileRequest(name, withBody("POST", path, type, body), Set.of(status), false);
    }

    private static byte[] duplicateFirstKey(String validBody) {
        int comma = validBody.indexOf(',');
        String firstPair = validBody.substring(1, comma);
        return ("{" + firstPair + "," + validBody.substring(1)).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] invalidUtf8(String validBody) {
        return validBody.replaceFirst("\":\"", "\":\"\u00ff\u00fe").getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String b64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String shorten(String text) {
        String printable = text.replaceAll("\\p{Cntrl}", "?");
        return printable.length() <= 40 ? printable : printable.substring(0, 37) + "...";
    }
}
