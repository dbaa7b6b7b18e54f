package kata.testkit.nginx;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kata.runtime.process.ChildProcess;

/**
 * Where the nginx binary is, looked for in this order: {@code -Dnginx.bin}, {@code NGINX_BIN},
 * the {@code PATH}, {@code /usr/sbin}, and the Homebrew folders. {@code ./kata doctor} looks in
 * the same places (kata-cli's NginxCheck), all but the system property, which only a build sees.
 */
public record NginxBinary(Path path, String version) {

    /** What a test that needs nginx says when there is none. */
    public static final String HOW_TO_GET_ONE = "no nginx binary found: install one (Debian/Ubuntu: apt-get install"
            + " nginx-light; macOS: brew install nginx) or point -Dnginx.bin / NGINX_BIN at it";

    private static final List<Path> USUAL_PLACES = List.of(
            Path.of("/usr/sbin/nginx"), Path.of("/opt/homebrew/bin/nginx"), Path.of("/usr/local/bin/nginx"));
    private static volatile Optional<NginxBinary> found;

    /** The binary, looked up once per JVM. */
    public static Optional<NginxBinary> find() {
        Optional<NginxBinary> result = found;
        if (result == null) {
            result = candidates().stream().filter(Files::isExecutable).findFirst().map(NginxBinary::probe);
            found = result;
        }
        return result;
    }

    private static List<Path> candidates() {
        List<Path> candidates = new ArrayList<>();
        Optional.ofNullable(System.getProperty("nginx.bin")).filter(s -> !s.isBlank()).map(Path::of).ifPresent(candidates::add);
        Optional.ofNullable(System.getenv("NGINX_BIN")).filter(s -> !s.isBlank()).map(Path::of).ifPresent(candidates::add);
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (!dir.isBlank()) {
                candidates.add(Path.of(dir, isWindows() ? "nginx.exe" : "nginx"));
            }
        }
        candidates.addAll(USUAL_PLACES);
        return candidates;
    }

    /** {@code nginx -v} prints e.g. "nginx version: nginx/1.22.1" on standard error. */
    private static NginxBinary probe(Path binary) {
        ChildProcess.Result version = ChildProcess.command(List.of(binary.toString(), "-v")).run(Duration.ofSeconds(5));
        return new NginxBinary(binary, version.ok() ? version.output().strip().replace("nginx version: ", "")
                : "unknown version (" + version.lastLine() + ")");
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("win");
    }

    @Override
    public String toString() {
        return path + " (" + version + ")";
    }
}
