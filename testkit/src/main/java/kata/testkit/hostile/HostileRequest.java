package kata.testkit.hostile;

import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * One request as an attacker or a broken client would send it, and what a careful service
 * answers: one of {@code expected} (empty: any 4xx will do), as a JSON error. A request with
 * {@code hangUp} is sent and abandoned; the service must shrug it off and stay healthy.
 */
public record HostileRequest(String name, byte[] bytes, Set<Integer> expected, boolean hangUp) {

    @Override
    public String toString() {
        return name; // the parameterized test's display name
    }

    /** An HTTP/1.1 request with these header lines and body, closing the connection after it. */
    static byte[] http(String method, String path, String headerLines, byte[] body) {
        String head = method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n" + headerLines;
        byte[] start = (head + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = new byte[start.length + body.length];
        System.arraycopy(start, 0, all, 0, start.length);
        System.arraycopy(body, 0, all, start.length, body.length);
        return all;
    }

    /** A request whose body is announced by Content-Length and typed by Content-Type (if any). */
    public static byte[] withBody(String method, String path, String contentType, byte[] body) {
        String type = contentType == null ? "" : "Content-Type: " + contentType + "\r\n";
        return http(method, path, type + "Content-Length: " + body.length + "\r\n", body);
    }
}
