package kata.platform.http;

import io.javalin.Javalin;
import java.util.Map;
import java.util.function.Function;

/**
 * How every service starts: {@code PORT} and {@code BIND} from the environment, a graceful stop
 * on SIGTERM, and the one line that says where it listens (scripts and tests read it to find
 * a service started on port 0).
 */
public final class ServiceMain {

    private ServiceMain() {
    }

    /** @param create builds the service for the host to bind (loopback unless {@code BIND} says otherwise) */
    public static Javalin start(String service, int defaultPort, Map<String, String> env, Function<String, Javalin> create) {
        int port = intSetting(env, "PORT", defaultPort);
        String host = env.getOrDefault("BIND", "127.0.0.1");
        Javalin app = create.apply(host).start(port);
        Runtime.getRuntime().addShutdownHook(new Thread(app::stop, "graceful-stop"));
        System.out.println(service + " listening on http://" + host + ":" + app.port());
        return app;
    }

    public static int intSetting(Map<String, String> env, String name, int defaultValue) {
        String value = env.get(name);
        return value == null || value.isBlank() ? defaultValue : Integer.parseInt(value.strip());
    }
}
