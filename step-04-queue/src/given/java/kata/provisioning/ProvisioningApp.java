package kata.provisioning;

import io.javalin.Javalin;
import java.util.Map;
import kata.platform.http.Health;
import kata.platform.http.ServerDefaults;
import kata.platform.http.ServiceMain;

/**
 * The provisioning service: a stand-in for the cloud provider's API that creates servers. Slow
 * and failing on demand, so the shop and the worker can rehearse a bad day; and it counts what
 * it created, per order and per hostname, so a test can tell "provisioned once" from "twice".
 *
 * <p>Settings: {@code PORT} (default 7072, 0 = any free port), {@code BIND} (default 127.0.0.1),
 * {@code DELAY_MS} (how long every create takes, default 0). The API is in {@link CloudApi}.
 */
public final class ProvisioningApp {

    private ProvisioningApp() {
    }

    public static Javalin create(CloudApi api, String host) {
        return Javalin.create(config -> {
            ServerDefaults.apply(config, host);
            Health.install(config.routes, "provisioning");
            api.addTo(config.routes);
            config.events.serverStopping(api::release); // hung requests end, so the stop is graceful
        });
    }

    public static void main(String[] args) {
        Map<String, String> env = System.getenv();
        CloudApi api = new CloudApi(new Behaviour(ServiceMain.intSetting(env, "DELAY_MS", 0), false, 0, null));
        ServiceMain.start("provisioning", 7072, env, host -> create(api, host));
    }
}
