package kata.gateway.parity;

import kata.gateway.support.GatewayUnderTest;
import kata.gateway.support.JavaGateway;
import kata.gateway.topology.Topology;

/** The parity scenarios against the Java gateway. */
class JavaGatewayParityTest extends ParityScenarios {

    @Override
    protected GatewayUnderTest gateway(Topology topology) {
        return closeLater(JavaGateway.start(topology));
    }
}
