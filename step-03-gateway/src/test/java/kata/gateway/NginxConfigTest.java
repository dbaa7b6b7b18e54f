package kata.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kata.gateway.nginx.NginxConfig;
import kata.gateway.support.Topologies;
import kata.gateway.topology.Balance;
import kata.gateway.topology.PoolSpec;
import kata.gateway.topology.ServerSpec;
import kata.gateway.topology.Topology;
import kata.testkit.Exercise;
import org.junit.jupiter.api.Test;

/**
 * Target 5, on paper: the nginx configuration rendered from the topology says what the topology
 * says - read back from the text, pool by pool, server by server, and the proxy settings.
 */
class NginxConfigTest {

    private static final Topology SHOP = Topologies.shop(ServerSpec.of("shop-a", "127.0.0.1:7081"),
            ServerSpec.of("shop-b", "127.0.0.1:7082").failing(2, java.time.Duration.ofSeconds(5)),
            ServerSpec.of("shop-c", "127.0.0.1:7083"), ServerSpec.of("recommender", "127.0.0.1:7090"));

    @Test
    @Exercise(hint = "NginxUpstreams.render: least_conn; then one 'server ADDRESS weight=N max_fails=N fail_timeout=Ns [backup] [down];' per server, and keepalive",
            more = "Write weight only when it is not 1 (nginx's default), fail_timeout in whole seconds, 'backup' for backups and"
                    + " 'down' for drained servers. keepalive N; keeps N idle connections per worker to the pool.",
            readme = "#target-5-the-same-gateway-on-real-nginx")
    void everyUpstreamSaysWhatTheTopologySays() {
        String config = NginxConfig.render(SHOP, 8080, Set.of("shop-b"), 7);

        for (PoolSpec pool : SHOP.pools()) {
            String block = upstreamBlock(config, pool.name());
            assertThat(block.contains("least_conn;")).as("%s: least_conn", pool.name()).isEqualTo(pool.balance() == Balance.LEAST_CONN);
            assertThat(block).as("%s: upstream keepalive", pool.name()).containsPattern("keepalive \\d+;");
            List<String> servers = block.lines().map(String::strip).filter(line -> line.startsWith("server ")).toList();
            assertThat(servers).as("%s: one server line per server, in order", pool.name()).hasSize(pool.servers().size());
            for (int i = 0; i < servers.size(); i++) {
                ServerSpec server = pool.servers().get(i);
                String line = servers.get(i);
                assertThat(line).as(server.name()).startsWith("server " + server.address() + " ")
                        .contains(" max_fails=" + server.maxFails()).contains(" fail_timeout=" + server.failTimeout().toSeconds() + "s");
                assertThat(line.contains(" weight=" + server.weight()) || server.weight() == 1).as("%s: weight", line).isTrue();
                assertThat(line.contains(" backup")).as("%s: backup", line).isEqualTo(server.backup());
                assertThat(line.contains(" down")).as("%s: down", line).isEqualTo(server.name().equals("shop-b"));
            }
        }
    }

    @Test
    @Exercise(hint = "gateway.conf: the proxy settings - timeouts, body limit, Host, X-Real-IP, X-Forwarded-For, HTTP/1.1 upstream keepalive",
            more = "Each TODO line in the template has its Java twin named next to it. Use the {{placeholders}}, never a number:"
                    + " the topology is the one source of truth.",
            readme = "#target-5-the-same-gateway-on-real-nginx")
    void theProxySettingsComeFromTheTopology() {
        String config = NginxConfig.render(SHOP, 8080, Set.of(), 1);

        assertThat(config).contains("proxy_connect_timeout 250ms;", "proxy_read_timeout 2000ms;", "client_max_body_size 64k;",
                "proxy_set_header Host $http_host;", "proxy_set_header X-Real-IP $remote_addr;",
                "proxy_set_header X-Forwarded-For $remote_addr;", "proxy_http_version 1.1;",
                "proxy_set_header Connection \"\";", "proxy_intercept_errors on;");
        assertThat(config).doesNotContain("{{").doesNotContain("$proxy_add_x_forwarded_for");
    }

    private static String upstreamBlock(String config, String pool) {
        Matcher block = Pattern.compile("upstream " + pool + " \\{(.*?)\\n\\s*}", Pattern.DOTALL).matcher(config);
        assertThat(block.find()).as("an upstream block for pool %s in%n%s", pool, config).isTrue();
        return block.group(1);
    }
}
