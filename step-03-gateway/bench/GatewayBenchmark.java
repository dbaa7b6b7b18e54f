import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kata.gateway.nginx.NginxConfig;
import kata.gateway.topology.Balance;
import kata.gateway.topology.PoolSpec;
import kata.gateway.topology.Route;
import kata.gateway.topology.ServerSpec;
import kata.gateway.topology.Timeouts;
import kata.gateway.topology.Topology;
import kata.gateway.topology.TopologyFile;

/**
 * One shop node; nginx and the Java gateway in front of it, both from the same topology; the
 * same load against each of the three, one after the other. Run by bench/run.sh.
 */
public final class GatewayBenchmark {

    private static final String PATH = "/products/VPS-SSD-2GB";
    private static final List<Process> STARTED = new ArrayList<>();
    /** The machine is shared: the best of a few interleaved rounds is the least disturbed figure. */
    private static final int ROUNDS = 2;

    record Result(String target, double requestsPerSecond, double p50Millis, double p99Millis, long errors) {
    }

    public static void main(String[] args) throws Exception {
        int seconds = Integer.parseInt(args[0]);
        int connections = Integer.parseInt(args[1]);
        Runtime.getRuntime().addShutdownHook(new Thread(GatewayBenchmark::stopAll));
        Path work = Files.createDirectories(Path.of("step-03-gateway/target/bench").toAbsolutePath());
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("java.class.path");

        int shopPort = freePort();
        start(work, "shop", List.of(java, "-Xmx256m", "-cp", classpath, "kata.webshop.WebShopApp"),
                "PORT", shopPort, "NODE_NAME", "shop-a", "ADMIN_PASSWORD", "bench-" + System.nanoTime());
        Topology topology = new Topology(List.of(PoolSpec.of("shop", Balance.LEAST_CONN, ServerSpec.of("shop-a", "127.0.0.1:" + shopPort))),
                List.of(Route.prefix("/", "shop")), Timeouts.SCALED_FOR_TESTS, Topology.DEFAULT_MAX_BODY_BYTES);

        int gatewayPort = freePort();
        Path topologyFile = work.resolve("topology.json");
        TopologyFile.write(topology, topologyFile);
        start(work, "java-gateway", List.of(java, "-Xmx256m", "-cp", classpath, "kata.gateway.GatewayApp"),
                "PORT", gatewayPort, "ADMIN_PORT", freePort(), "GATEWAY_TOPOLOGY", topologyFile.toString());

        Path nginx = findNginx();
        int nginxPort = freePort();
        Path prefix = work.resolve("nginx");
        if (nginx != null) {
            for (String dir : List.of("conf", "logs", "temp/client_body", "temp/proxy", "temp/fastcgi", "temp/uwsgi", "temp/scgi")) {
                Files.createDirectories(prefix.resolve(dir));
            }
            Files.writeString(prefix.resolve("conf/nginx.conf"), NginxConfig.render(topology, nginxPort, Set.of(), 1)
                    .replace("access_log logs/access.log;", "access_log off;"));
            start(work, "nginx", List.of(nginx.toString(), "-p", prefix + "/", "-c", "conf/nginx.conf",
                    "-e", "logs/error.log", "-g", "daemon off;"));
        }
        awaitUp(shopPort);
        awaitUp(gatewayPort);
        if (nginx != null) {
            awaitUp(nginxPort);
        }

        boolean wrk = onPath("wrk");
        int warmUp = Math.max(3, seconds / 2);
        System.out.printf(Locale.ROOT, "load: %s, %d connections, GET %s; %d cores; nginx: %s%n"
                + "warm-up %d s per target, then %d rounds of %d s per target, interleaved; each target's best round counts%n",
                wrk ? "wrk -t2" : "Java load loop (no wrk on the PATH)", connections, PATH,
                Runtime.getRuntime().availableProcessors(), nginx == null ? "none found, skipped" : nginx, warmUp, ROUNDS, seconds);
        List<String> names = new ArrayList<>(List.of("direct (one shop node)"));
        List<Integer> ports = new ArrayList<>(List.of(shopPort));
        if (nginx != null) {
            names.add("via nginx (keepalive)");
            ports.add(nginxPort);
        }
        names.add("via the Java gateway");
        ports.add(gatewayPort);
        for (int port : ports) {
            measure("warm-up", port, warmUp, connections, wrk); // both JVMs compile their hot paths first
        }
        List<Result> results = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            for (int i = 0; i < ports.size(); i++) {
                Result result = measure(names.get(i), ports.get(i), seconds, connections, wrk);
                System.out.printf(Locale.ROOT, "  round %d %-24s %8.0f requests/s%n", round + 1, result.target(), result.requestsPerSecond());
                if (round == 0) {
                    results.add(result);
                } else if (result.requestsPerSecond() > results.get(i).requestsPerSecond()) {
                    results.set(i, result);
                }
            }
        }

        System.out.printf(Locale.ROOT, "%n%-24s %12s %9s %9s %7s%n", "target", "requests/s", "p50 ms", "p99 ms", "errors");
        for (Result r : results) {
            System.out.printf(Locale.ROOT, "%-24s %12.0f %9.2f %9.2f %7d%n", r.target(), r.requestsPerSecond(), r.p50Millis(),
                    r.p99Millis(), r.errors());
        }
        if (nginx != null) {
            double direct = results.get(0).requestsPerSecond();
            double viaNginx = results.get(1).requestsPerSecond();
            double viaJava = results.get(2).requestsPerSecond();
            System.out.printf(Locale.ROOT, "%nJava gateway / nginx: %.2fx    nginx / direct: %.2fx    Java gateway / direct: %.2fx%n",
                    viaJava / viaNginx, viaNginx / direct, viaJava / direct);
        }
    }

    private static Result measure(String target, int port, int seconds, int connections, boolean wrk) throws Exception {
        String url = "http://127.0.0.1:" + port + PATH;
        if (wrk) {
            return parseWrk(target, run(List.of("wrk", "-t2", "-c" + connections, "-d" + seconds + "s", "--latency", url)));
        }
        return javaLoad(target, url, seconds, connections);
    }

    /** wrk's "Requests/sec:" and the 50% / 99% lines of its latency distribution. */
    private static Result parseWrk(String target, String output) {
        double rps = Double.parseDouble(find(output, "Requests/sec:\\s+([\\d.]+)"));
        Matcher errors = Pattern.compile("Non-2xx or 3xx responses: (\\d+)").matcher(output);
        Matcher socket = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)").matcher(output);
        long failed = (errors.find() ? Long.parseLong(errors.group(1)) : 0) + (socket.find()
                ? Arrays.stream(new String[] {socket.group(1), socket.group(2), socket.group(3), socket.group(4)}).mapToLong(Long::parseLong).sum() : 0);
        return new Result(target, rps, millis(find(output, "\\s50%\\s+(\\S+)")), millis(find(output, "\\s99%\\s+(\\S+)")), failed);
    }

    private static double millis(String wrkDuration) {
        double value = Double.parseDouble(wrkDuration.replaceAll("[a-z]+$", ""));
        if (wrkDuration.endsWith("us")) {
            return value / 1000;
        }
        return wrkDuration.endsWith("ms") ? value : value * 1000; // "s"
    }

    /** Without wrk: closed-loop threads with java.net.http, one connection each. */
    private static Result javaLoad(String target, String url, int seconds, int connections) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        List<long[]> latencies = new ArrayList<>();
        long[] errors = new long[connections];
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < connections; t++) {
            int worker = t;
            long[] samples = new long[2_000_000];
            latencies.add(samples);
            Thread thread = new Thread(() -> {
                HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build();
                int n = 0;
                while (System.nanoTime() < end && n < samples.length - 1) {
                    long started = System.nanoTime();
                    try {
                        int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                        errors[worker] += status == 200 ? 0 : 1;
                    } catch (Exception e) {
                        errors[worker]++;
                    }
                    samples[++n] = System.nanoTime() - started;
                }
                samples[0] = n;
            }, "bench-" + t);
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        long[] all = latencies.stream().flatMapToLong(s -> Arrays.stream(s, 1, (int) s[0] + 1)).sorted().toArray();
        return new Result(target, all.length / (double) seconds, all[all.length / 2] / 1e6,
                all[(int) (all.length * 0.99)] / 1e6, Arrays.stream(errors).sum());
    }

    private static void start(Path work, String name, List<String> command, Object... env) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve(name + ".log").toFile());
        for (int i = 0; i < env.length; i += 2) {
            builder.environment().put((String) env[i], String.valueOf(env[i + 1]));
        }
        STARTED.add(builder.start());
    }

    /** SIGTERM to each (nginx's master stops its workers), then wait; nothing outlives the benchmark. */
    private static void stopAll() {
        for (Process process : STARTED) {
            List<ProcessHandle> children = process.descendants().toList();
            process.destroy();
            try {
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
            }
            children.forEach(ProcessHandle::destroyForcibly);
        }
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        process.waitFor();
        return output;
    }

    private static String find(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        if (!matcher.find()) {
            throw new IllegalStateException("no match for " + regex + " in:\n" + text);
        }
        return matcher.group(1);
    }

    private static void awaitUp(int port) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            try (var socket = new java.net.Socket("127.0.0.1", port)) {
                return;
            } catch (IOException e) {
                TimeUnit.MILLISECONDS.sleep(100); // a process starting, polled for at most 30 s
            }
        }
        throw new IllegalStateException("nothing listens on " + port + " after 30 s; see step-03-gateway/target/bench/*.log");
    }

    private static Path findNginx() {
        for (String candidate : List.of(System.getenv().getOrDefault("NGINX_BIN", ""), "/usr/sbin/nginx",
                "/opt/homebrew/bin/nginx", "/usr/local/bin/nginx")) {
            if (!candidate.isBlank() && Files.isExecutable(Path.of(candidate))) {
                return Path.of(candidate);
            }
        }
        return onPath("nginx") ? Path.of("nginx") : null;
    }

    private static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!dir.isBlank() && Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
