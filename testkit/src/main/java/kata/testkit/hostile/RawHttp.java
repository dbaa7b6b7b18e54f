package kata.testkit.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * HTTP/1.1 as bytes on a socket, for the requests a proper client refuses to send: broken
 * framing, a NUL in the path, a body shorter than its Content-Length, a client that hangs up.
 * Loopback only; every read is bounded by {@code patience}.
 */
public final class RawHttp {

    /** What came back: a status ({@code -1} none: the server closed or stayed silent), headers, body. */
    public record Answer(int status, String head, String body, boolean hung, Duration elapsed) {

        public String contentType() {
            for (String line : head.split("\r\n")) {
                if (line.regionMatches(true, 0, "content-type:", 0, 13)) {
                    return line.substring(13).strip();
                }
            }
            return "";
        }
    }

    private RawHttp() {
    }

    /** Sends {@code request} and reads until the server closes (requests say Connection: close). */
    public static Answer exchange(int port, byte[] request, boolean hangUpAfterSending, Duration patience) {
        long started = System.nanoTime();
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), (int) patience.toMillis());
            socket.setSoTimeout((int) patience.toMillis());
            IOException sendFailure = send(socket, request);
            if (hangUpAfterSending) {
                return new Answer(-1, "", "", false, since(started));
            }
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            try {
                boolean hung = readUntilClosed(socket.getInputStream(), received);
                return parse(received.toString(StandardCharsets.ISO_8859_1), hung, since(started));
            } catch (IOException reset) {
                // A server that refuses a request before reading all of it (431, 413) answers and
                // closes; the unread rest makes its kernel reset the connection, perhaps before
                // we read to the end. What arrived still counts.
                if (received.size() > 0) {
                    return parse(received.toString(StandardCharsets.ISO_8859_1), false, since(started));
                }
                return new Answer(-1, "", reset + (sendFailure == null ? "" : ", after " + sendFailure), false,
                        since(started));
            }
        } catch (IOException e) {
            return new Answer(-1, "", String.valueOf(e), false, since(started));
        }
    }

    /** @return why the request could not be sent whole, or null: the answer may be waiting anyway */
    private static IOException send(Socket socket, byte[] request) {
        try {
            socket.getOutputStream().write(request);
            socket.getOutputStream().flush();
            return null;
        } catch (IOException refusedMidway) {
            return refusedMidway;
        }
    }

    private static boolean readUntilClosed(InputStream in, ByteArrayOutputStream into) throws IOException {
        byte[] buffer = new byte[8192];
        try {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                into.write(buffer, 0, n);
            }
            return false;
        } catch (SocketTimeoutException silent) {
            return true;
        }
    }

    private static Answer parse(String raw, boolean hung, Duration elapsed) {
        int split = raw.indexOf("\r\n\r\n");
        String head = split < 0 ? raw : raw.substring(0, split);
        String body = split < 0 ? "" : raw.substring(split + 4);
        if (head.toLowerCase(java.util.Locale.ROOT).contains("transfer-encoding: chunked")) {
            body = dechunked(body);
        }
        String[] statusLine = head.split(" ", 3);
        int status = head.startsWith("HTTP/") && statusLine.length > 1 ? Integer.parseInt(statusLine[1]) : -1;
        return new Answer(status, head, body, hung, elapsed);
    }

    /** The chunks' data without their size lines: what a client library would hand you. */
    private static String dechunked(String chunked) {
        StringBuilder body = new StringBuilder();
        int at = 0;
        while (at < chunked.length()) {
            int lineEnd = chunked.indexOf("\r\n", at);
            if (lineEnd < 0) {
                break;
            }
            int size = Integer.parseInt(chunked.substring(at, lineEnd).split(";")[0].strip(), 16);
            if (size == 0 || lineEnd + 2 + size > chunked.length()) {
                break;
            }
            body.append(chunked, lineEnd + 2, lineEnd + 2 + size);
            at = lineEnd + 2 + size + 2;
        }
        return body.toString();
    }

    private static Duration since(long startedNanos) {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }
}
