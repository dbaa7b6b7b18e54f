package kata.platform.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The service chassis: what every service in this workshop (the shop, the recommender) does the
 * same way. Bind loopback unless told otherwise, cap request bodies, answer 405 (not 404) for a
 * wrong method, JSON errors, and a graceful stop that lets in-flight requests finish.
 */
public final class ServerDefaults {

    /** Checkout bodies are tiny; anything bigger than this is a mistake or an attack (413). */
    public static final long MAX_REQUEST_BYTES = 64 * 1024;
    /** An oversized body up to this size is read to its end before the 413 (see below). */
    static final long DRAIN_LIMIT_BYTES = 1024 * 1024;
    /** How long a stop waits for in-flight requests before it cuts them off. */
    public static final long GRACEFUL_STOP_MILLIS = 5_000;

    private ServerDefaults() {
    }

    public static void apply(JavalinConfig config, String host) {
        config.startup.showJavalinBanner = false;
        config.jetty.host = host;
        config.http.maxRequestSize = MAX_REQUEST_BYTES;
        config.http.prefer405over404 = true;
        config.jetty.modifyServer(server -> {
            server.setStopTimeout(GRACEFUL_STOP_MILLIS);
            server.setErrorHandler(new JsonErrorPages()); // errors before routing: JSON too
        });
        JsonErrors.install(config.routes);
        config.routes.before(ServerDefaults::refuseOversizedBodies);
    }

    /**
     * A body announced too big is refused by its Content-Length. Up to a megabyte it is read and
     * thrown away first: refused unread, the rest of it would reach a closed connection, the
     * kernel would answer with a reset, and the client, still sending, might never see the 413 -
     * one run in ten on a busy machine. Bigger than that it is not worth reading: refused at once.
     * (Javalin's own check stays, for bodies sent without a length.)
     */
    private static void refuseOversizedBodies(Context ctx) throws IOException {
        long length = ctx.contentLength();
        if (length > MAX_REQUEST_BYTES) {
            if (length <= DRAIN_LIMIT_BYTES) {
                ctx.req().getInputStream().transferTo(OutputStream.nullOutputStream());
            }
            throw new HttpResponseException(413, "the request body is larger than " + MAX_REQUEST_BYTES + " bytes");
        }
    }
}
