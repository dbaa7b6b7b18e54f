package kata.gateway.parity;

import kata.gateway.support.GatewayUnderTest;
import kata.gateway.support.NginxGateway;
import kata.gateway.topology.Topology;
import kata.testkit.nginx.Nginx;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;

/** The parity scenarios against a real nginx, rendered from the same topology. Skipped, saying how to get one, without nginx. */
class NginxParityTest extends ParityScenarios {

    private String testName = "nginx";

    @BeforeEach
    void needsNginx(TestInfo test) {
        Nginx.assumeAvailable();
        testName = test.getTestMethod().map(method -> method.getName()).orElse("nginx");
    }

    @Override
    protected GatewayUnderTest gateway(Topology topology) {
        return closeLater(NginxGateway.start(topology, testName));
    }
}
