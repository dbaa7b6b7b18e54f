package kata.queue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

/**
 * One provisioning service (the cloud API's stand-in, a JVM of its own) per test class, well
 * behaved again after every test: a test that makes it hang or fail must not leak into the next.
 */
abstract class WithProvisioningService {

    static ProvisioningStandIn provisioning;

    @BeforeAll
    static void startProvisioningService() {
        provisioning = ProvisioningStandIn.start();
    }

    @AfterAll
    static void stopProvisioningService() {
        provisioning.close();
    }

    @AfterEach
    void provisioningBehavesWellAgain() {
        provisioning.behaveWell();
    }
}
