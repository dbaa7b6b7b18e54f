package kata.platform.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.util.Optional;
import org.eclipse.jetty.http.HttpException;
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
            Optional<Integer> clientFault = brokenRequest(e);
            if (clientFault.isPresent()) {
                // A client that hangs up mid-body, or sends broken framing: its fault, one line.
                LOG.warn("{} {}: broken request ({})", ctx.method(), ctx.path(), e.getClass().getSimpleName());
                answer(ctx, clientFault.get(), "the request body is incomplete or malformed");
                return;
            }
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

    /**
     * The status for a request that broke while its body was read - a disconnect (an
     * {@link IOException}) or framing the server could not parse (Jetty's {@link HttpException})
     * - or empty when the failure is ours.
     */
    private static Optional<Integer> brokenRequest(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof HttpException http && http.getCode() >= 400 && http.getCode() < 500) {
                return Optional.of(http.getCode());
            }
            if (cause instanceof IOException) {
                return Optional.of(400);
            }
        }
        return Optional.empty();
    }
}
