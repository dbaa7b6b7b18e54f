package kata.gateway.topology;

/**
 * Which pool a path goes to, with nginx's two kinds of {@code location}: an exact one
 * ({@code location = / }) and a prefix ({@code location /products }, which also matches
 * {@code /products/VPS-SSD-2GB}). A path no route matches is the gateway's own 404.
 */
public record Route(String path, boolean exact, String pool) {

    public Route {
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("a route's path starts with /, got " + path);
        }
    }

    public static Route exact(String path, String pool) {
        return new Route(path, true, pool);
    }

    public static Route prefix(String path, String pool) {
        return new Route(path, false, pool);
    }
}
