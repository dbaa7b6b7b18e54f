package kata.platform.http;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The errors the HTTP server answers before any route runs - a URI too long (414), headers too
 * large (431), a request line or encoding it cannot parse (400), an HTTP version it does not
 * speak (505) - in the same JSON shape as every other error. Jetty would answer them with an
 * HTML page that names its version; a client of a JSON API deserves JSON, an attacker nothing.
 */
final class JsonErrorPages extends ErrorHandler {

    /** A request the server could not even parse: answered from the status alone. */
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, "application/json");
        return ByteBuffer.wrap(json(status).getBytes(StandardCharsets.UTF_8));
    }

    /** Any other error the server answers itself (not a route's): the same shape. */
    @Override
    protected void generateResponse(Request request, Response response, int status, String message,
                                    Throwable cause, Callback callback) throws IOException {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.write(true, ByteBuffer.wrap(json(status).getBytes(StandardCharsets.UTF_8)), callback);
    }

    /** The message comes from the status, never from the parser: its words name internals. */
    static String json(int status) {
        String message = switch (status) {
            case 400 -> "bad request: the request line, a header or the body cannot be parsed";
            case 414 -> "the URI is too long";
            case 431 -> "the request headers are too large";
            case 505 -> "this HTTP version is not supported; use HTTP/1.1";
            default -> HttpStatus.getMessage(status).toLowerCase(java.util.Locale.ROOT);
        };
        return "{\"error\":\"" + message + "\",\"status\":" + status + "}";
    }
}
