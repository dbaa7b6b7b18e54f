package kata.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kata.runtime.http.FreePort;
import kata.runtime.process.ChildProcess;
import kata.testkit.nginx.NginxBinary;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Given: the final topology in containers (solutions/step-05-failure/deploy), checked without a
 * Docker engine. Whether the images build and the stack starts only a machine with Docker can
 * tell (the deploy README says so); these are the promises the files themselves can keep.
 */
class DeployFilesTest {

    private static final Path DEPLOY = Path.of("solutions", "step-05-failure", "deploy");
    private static final List<String> JAVA_SERVICES = List.of("shop1", "shop2", "recommender", "worker", "provisioning");
    /** A secret in compose.yaml is a reference, ${NAME} or ${NAME:?message}: its value lives in .env. */
    private static final String REFERENCE = "\\$\\{\\w+(:\\?[^}]*)?}";

    private final Path root = root();
    private final Path deploy = root.resolve(DEPLOY);

    @Test
    void composeRunsEveryServiceWithAHealthcheckAMemoryLimitAndOnlyTheGatewayReachable() throws IOException {
        Map<String, String> compose = compose();
        assertThat(compose.keySet()).filteredOn(key -> key.matches("services/[^/]+")).extracting(key -> key.substring(9))
                .containsExactlyInAnyOrder("gateway", "shop1", "shop2", "recommender", "worker", "provisioning", "rabbitmq");
        // Only the gateway publishes a port, and only on the host's loopback: the rest is the compose network's.
        assertThat(compose.keySet()).filteredOn(key -> key.endsWith("/ports")).containsExactly("services/gateway/ports");
        assertThat(compose.get("services/gateway/ports").lines()).allMatch(port -> port.startsWith("127.0.0.1:"));
        for (String name : JAVA_SERVICES) {
            String service = "services/" + name + "/";
            assertThat(compose.get(service + "healthcheck/test")).as(name + "'s healthcheck").contains("/ready");
            assertThat(compose.get(service + "mem_limit")).as(name + "'s memory limit").isNotBlank();
            assertThat(compose.get(service + "environment/JDK_JAVA_OPTIONS")).as(name + "'s heap").contains("-Xmx");
        }
        // The supervisor one level up: the container runtime starts the recommender again after its OOM.
        assertThat(compose.get("services/recommender/restart")).isIn("on-failure", "unless-stopped", "always");
        assertThat(compose).containsKey("services/rabbitmq/healthcheck/test");
        for (String name : List.of("shop1", "shop2", "worker")) { // they connect at start: the broker must be ready
            assertThat(compose).containsEntry("services/" + name + "/depends_on/rabbitmq/condition", "service_healthy");
        }
    }

    @Test
    void noSecretIsWrittenDown() throws IOException {
        compose().forEach((key, value) -> {
            if (key.matches("services/[^/]+/environment/.*(PASSWORD|PASS|SECRET|TOKEN).*")) {
                assertThat(value).as(key).matches(REFERENCE);
            }
            Matcher userInfo = Pattern.compile("://([^/]*)@").matcher(value); // amqp://user:password@host
            if (userInfo.find()) {
                assertThat(userInfo.group(1).replaceAll(REFERENCE, "")).as(key).isEqualTo(":");
            }
        });
        assertThat(Files.readAllLines(deploy.resolve(".env.example"))).as(".env.example names the secrets, holds none")
                .filteredOn(line -> !line.startsWith("#") && line.contains("="))
                .isNotEmpty().allMatch(line -> line.endsWith("="));
    }

    @Test
    void theGatewayBalancesTheTwoShopsAndSetsTheForwardingHeadersItself() throws IOException {
        String conf = Files.readString(deploy.resolve("nginx/nginx.conf")).replaceAll("(?m)^\\s*#.*$", ""); // not the comments
        assertThat(conf).contains("least_conn;", "server shop1:7070 max_fails=", "server shop2:7070 max_fails=", "keepalive ",
                "proxy_http_version 1.1;", "proxy_set_header Connection \"\";", "proxy_connect_timeout ", "proxy_read_timeout ",
                // the socket's address, never the client's claim ($proxy_add_x_forwarded_for would append to it)
                "proxy_set_header X-Real-IP $remote_addr;", "proxy_set_header X-Forwarded-For $remote_addr;");
        assertThat(conf).doesNotContain("$proxy_add_x_forwarded_for", "$http_x_forwarded_for");
    }

    @Test
    void nginxAcceptsTheGatewayConfiguration() throws IOException {
        Optional<NginxBinary> nginx = NginxBinary.find();
        Assumptions.assumeTrue(nginx.isPresent(), "install nginx to check the gateway's config: " + NginxBinary.HOW_TO_GET_ONE);
        Path target = Files.createDirectories(Path.of(System.getProperty("kata.module.dir", "."), "target", "kata"));
        Path prefix = Files.createTempDirectory(target, "deploy-nginx-"); // kept: its logs/error.log says why
        for (String dir : List.of("conf", "logs", "temp")) { // nginx makes temp/proxy and the others, not temp/
            Files.createDirectories(prefix.resolve(dir));
        }
        // nginx -t resolves upstream host names (compose's resolve only in compose) and binds what it listens on.
        String conf = Files.readString(deploy.resolve("nginx/nginx.conf")).replaceAll("\\bshop[12]:", "127.0.0.1:")
                .replaceAll("listen\\s+80;", "listen 127.0.0.1:" + FreePort.onLoopback() + ";")
                // In the container logs go to stdout and stderr; here every file nginx opens stays under the prefix.
                .replaceAll("(?m)^(\\s*)(error_log|access_log|pid)\\s[^;]*;", "$1# $2: under the prefix")
                .replaceFirst("(?m)^http \\{", "http {\n    access_log logs/access.log;\n"
                        + "    client_body_temp_path temp/client_body;\n    proxy_temp_path temp/proxy;\n"
                        + "    fastcgi_temp_path temp/fastcgi;\n    uwsgi_temp_path temp/uwsgi;\n    scgi_temp_path temp/scgi;");
        Files.writeString(prefix.resolve("conf/nginx.conf"), "pid logs/nginx.pid;\nerror_log logs/error.log;\n" + conf);

        ChildProcess.Result test = ChildProcess.command(List.of(nginx.get().path().toString(),
                "-t", "-p", prefix + "/", "-c", "conf/nginx.conf", "-e", "logs/error.log")).run(Duration.ofSeconds(10));

        assertThat(test.exitCode()).as("nginx -t (%s) said:%n%s", nginx.get(), test.output()).isZero();
    }

    @Test
    void theImageBuildsTheModuleAndRunsAsAUserOtherThanRoot() throws IOException {
        String dockerfile = Files.readString(deploy.resolve("Dockerfile"));
        assertThat(dockerfile).contains("-pl solutions/step-05-failure -am").contains("\nFROM ");
        // The last stage's last USER is the one the services run as.
        assertThat(dockerfile.substring(dockerfile.lastIndexOf("\nFROM ")).lines().filter(line -> line.startsWith("USER "))
                .reduce((first, last) -> last)).as("the runtime stage's USER")
                .hasValueSatisfying(user -> assertThat(user).doesNotMatch("USER\\s+(root|0)\\b.*"));
        // The build context is the repository root: without this file every target/ and .git would go with it.
        assertThat(Files.readAllLines(root.resolve(".dockerignore"))).contains(".git", "**/target");
    }

    /**
     * compose.yaml as "services/shop1/healthcheck/test" to its value, a list's items one a line
     * under its key. There is no YAML library on this class path, and compose.yaml needs none of
     * YAML's harder parts: every line is "key:", "key: value" or "- item", indented with spaces.
     */
    private Map<String, String> compose() throws IOException {
        Map<String, String> values = new LinkedHashMap<>();
        List<String> path = new ArrayList<>();
        List<Integer> indents = new ArrayList<>();
        for (String line : Files.readAllLines(deploy.resolve("compose.yaml"))) {
            String text = line.replaceFirst("\\s+#[^\"']*$", "").strip(); // a trailing comment, not inside quotes
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            int indent = line.indexOf(text.charAt(0));
            assertThat(line.substring(0, indent)).as("indented with spaces: %s", line).doesNotContain("\t");
            while (!indents.isEmpty() && indents.get(indents.size() - 1) >= indent) { // back up to this line's parent
                indents.remove(indents.size() - 1);
                path.remove(path.size() - 1);
            }
            if (text.startsWith("- ")) {
                values.merge(String.join("/", path), unquote(text.substring(2)), (items, item) -> (items + "\n" + item).strip());
                continue;
            }
            Matcher entry = Pattern.compile("([\\w.-]+):(?:\\s+(.*))?").matcher(text);
            assertThat(entry.matches()).as("compose.yaml line is \"key: value\": %s", line).isTrue();
            path.add(entry.group(1));
            indents.add(indent);
            String value = entry.group(2) == null ? "" : unquote(entry.group(2)); // "": a mapping or a list follows
            assertThat(values.put(String.join("/", path), value)).as("a key set twice: %s", String.join("/", path)).isNull();
        }
        return values;
    }

    private static String unquote(String value) {
        String text = value.strip();
        boolean quoted = text.length() >= 2 && "\"'".indexOf(text.charAt(0)) >= 0 && text.endsWith(text.substring(0, 1));
        return quoted ? text.substring(1, text.length() - 1) : text;
    }

    /** The workshop's root: -Dkata.root, else the working directory, or the first folder above it with the deploy folder. */
    private static Path root() {
        Path dir = Path.of(System.getProperty("kata.root", "")).toAbsolutePath().normalize();
        while (dir != null && !Files.isDirectory(dir.resolve(DEPLOY))) {
            dir = dir.getParent();
        }
        return Objects.requireNonNull(dir, "no " + DEPLOY + " here or above: run from the workshop or set -Dkata.root");
    }
}
