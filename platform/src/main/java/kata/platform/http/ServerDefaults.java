package kata.platform.http;

import io.javalin.config.JavalinConfig;

/**
 * The service chassis: what every service in this workshop (the shop, the recommender) does the
 * same way. Bind loopback unless told otherwise, cap request bodies, answer 405 (not 404) for a
 * wrong method, JSON errors, and a graceful stop that lets in-flight requests finish.
 */
public final class ServerDefaults {

    /** Checkout bodies are tiny; anything bigger than this is a mistake or an attack (413). */
    public static final long MAX_REQUEST_BYTES = 64 * 1024;
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
    }
}
