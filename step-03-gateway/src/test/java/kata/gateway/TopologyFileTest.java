package kata.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import kata.gateway.support.Topologies;
import kata.gateway.topology.ServerSpec;
import kata.gateway.topology.Timeouts;
import kata.gateway.topology.Topology;
import kata.gateway.topology.TopologyFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Given: the topology survives the trip to its JSON file, and the example in the README parses. */
class TopologyFileTest {

    @Test
    void aTopologyReadsBackAsItWasWritten(@TempDir Path dir) {
        Topology shop = Topologies.shop(ServerSpec.of("shop-a", "127.0.0.1:7081"), ServerSpec.of("shop-b", "127.0.0.1:7082"),
                ServerSpec.of("shop-c", "127.0.0.1:7083"), ServerSpec.of("recommender", "127.0.0.1:7071"));
        Path file = dir.resolve("topology.json");

        TopologyFile.write(shop, file);

        assertThat(TopologyFile.read(file)).isEqualTo(shop);
    }

    @Test
    void theExampleTopologyIsTheArticlesShop() {
        Path module = Path.of(System.getProperty("kata.module.dir", "."));
        Path example = module.resolve("topology.example.json");
        if (!Files.exists(example)) {
            example = module.resolve("../../step-03-gateway/topology.example.json"); // run by the solution
        }

        Topology topology = TopologyFile.read(example);

        assertThat(topology.timeouts()).as("the article's timeouts").isEqualTo(Timeouts.ARTICLE);
        assertThat(topology.pool("shop").orElseThrow().servers()).extracting(ServerSpec::weight).containsExactly(3, 1, 1);
        assertThat(topology.pool("shop").orElseThrow().servers()).extracting(ServerSpec::backup).containsExactly(false, false, true);
    }
}
