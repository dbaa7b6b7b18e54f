package kata.cli.doctor;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where the tests will get an nginx, in testkit's order: {@code NGINX_BIN}, the PATH, the usual
 * install folders; otherwise a container when Docker is reachable; otherwise the tests that need
 * nginx are skipped.
 */
public final class NginxCheck implements Check {

    static final String IMAGE = "nginx:1.27-alpine";
    private static final List<Path> USUAL_PLACES = List.of(
            Path.of("/usr/sbin/nginx"), Path.of("/opt/homebrew/bin/nginx"), Path.of("/usr/local/bin/nginx"));

    @Override
    public Finding run(Environment env) {
        Optional<String> configured = env.variable("NGINX_BIN");
        if (configured.isPresent()) {
            Path bin = Path.of(configured.get());
            return env.isExecutable(bin)
                    ? Finding.ok("nginx", "binary " + bin + " (NGINX_BIN)")
                    : Finding.fail("nginx", "NGINX_BIN=" + bin + " is not an executable file",
                            "point NGINX_BIN at the nginx binary, or unset it to let the tests look for one");
        }
        Optional<Path> binary = env.onPath(env.isWindows() ? "nginx.exe" : "nginx")
                .or(() -> USUAL_PLACES.stream().filter(env::isExecutable).findFirst());
        if (binary.isPresent()) {
            return Finding.ok("nginx", "binary " + binary.get());
        }
        if (env.docker().reachable()) {
            return Finding.ok("nginx", "no binary; tests will use a container (" + IMAGE + ", Testcontainers)");
        }
        return Finding.warn("nginx", "none: no nginx binary and no Docker",
                "tests needing nginx will be skipped: install nginx (apt-get install nginx-light / brew install nginx)");
    }
}
