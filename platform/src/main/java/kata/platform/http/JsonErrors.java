package kata.platform.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every failure becomes a small JSON error with the right status, and never a stack trace:
 * a stack trace tells an attacker your versions and tells a customer nothing.
 *
 * <p>Part of the chassis every service shares, so it knows no domain: a service maps its own
 * exceptions with {@link #answer} (the shop does it in {@code CheckoutRoutes}).
 */
public final class JsonErrors {

    private static final Logger LOG = LoggerFactory.getLogger(JsonErrors.class);

    private JsonErrors() {
    }

    public static void install(RoutesConfig routes) {
        routes.exception(HttpResponseException.class, (e, ctx) -> answer(ctx, e.getStatus(), e.getMessage()));
        routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("unhandled error on {} {}", ctx.method(), ctx.path(), e); // the log gets the details
            answer(ctx, 500, "internal error");
        });
        // Errors raised by routing itself (no such path, wrong method) get the same shape.
        routes.error(404, ctx -> replaceIfNotJson(ctx, "no such resource: " + ctx.path()));
        routes.error(405, ctx -> replaceIfNotJson(ctx, "method " + ctx.method() + " not allowed on " + ctx.path()));
    }

    public static void answer(Context ctx, int status, String message) {
        ctx.status(status).json(new ApiError(message, status));
    }

    private static void replaceIfNotJson(Context ctx, String message) {
        String contentType = ctx.res().getContentType();
        if (contentType == null || !contentType.startsWith("application/json")) {
            answer(ctx, ctx.statusCode(), message);
        }
    }
}
