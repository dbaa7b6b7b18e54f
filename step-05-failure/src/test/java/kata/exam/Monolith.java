package kata.exam;

import java.time.Duration;
import kata.provisioning.ProvisioningApp;
import kata.runtime.http.TestHttp;
import kata.runtime.night.FinalNight;
import kata.runtime.process.ChildJvm;
import kata.webshop.WebShopApp;

/**
 * The "before" of the final exam: the monolith of step 01 - one JVM of 48 MB with the leaking
 * engine inside, checkout provisioning while the customer waits - beside the provisioning
 * service. No gateway, no queue, no supervisor, and no load shedding (step 01 had none): its
 * first OutOfMemoryError ends the night for every customer, and nobody starts it again.
 */
final class Monolith implements AutoCloseable {

    /** Little to wait for: what a synchronous checkout accepted, it provisioned before it answered. */
    static final Duration DRAIN_PATIENCE = Duration.ofSeconds(5);

    private final ChildJvm provisioning;
    private final ChildJvm shop;

    private Monolith(ChildJvm provisioning, ChildJvm shop) {
        this.provisioning = provisioning;
        this.shop = shop;
    }

    static Monolith start() {
        ChildJvm provisioning = ChildJvm.builder("provisioning", ProvisioningApp.class).heap("64m").env("PORT", "0")
                .start();
        try {
            return new Monolith(provisioning, ChildJvm.builder("monolith", WebShopApp.class).heap("48m").exitOnOutOfMemory()
                    .env("PORT", "0")
                    .env("LEAK_BYTES_PER_CALL", String.valueOf(FinalTopology.LEAK_BYTES_PER_CALL))
                    .env("PROVISIONING_URL", provisioning.baseUri().toString())
                    .env("CONCURRENT_REQUESTS", String.valueOf(Integer.MAX_VALUE))
                    .start());
        } catch (RuntimeException e) {
            provisioning.close();
            throw e;
        }
    }

    /** The same night as the exam's, straight at the monolith: there is nothing in front of it, and no node to kill. */
    FinalNight night() {
        return FinalNight.through(TestHttp.to(shop.port())).lasting(FinalTopology.NIGHT);
    }

    ChildJvm process() {
        return shop;
    }

    Provisioned provisioned() {
        return new Provisioned(TestHttp.to(provisioning.baseUri()));
    }

    @Override
    public void close() {
        shop.close();
        provisioning.close();
    }
}
