package kata.testkit.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kata.runtime.process.ChildProcess;

/**
 * A real browser for the tests that must see a page as a person does: headless Chromium, driven
 * over its DevTools protocol (a WebSocket on loopback). Used where the machine has Chromium;
 * a test asks {@link #binary()} first and skips with a message otherwise.
 *
 * <pre>{@code
 * try (HeadlessChromium browser = HeadlessChromium.start(); var page = browser.open(shopUri)) {
 *     String text = page.evaluate("document.querySelector('h1').textContent");
 * }
 * }</pre>
 */
public final class HeadlessChromium implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern LISTENING = Pattern.compile("DevTools listening on ws://127\\.0\\.0\\.1:(\\d+)/");
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final ChildProcess process;
    private final Path profile;
    private final int port;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private HeadlessChromium(ChildProcess process, Path profile, int port) {
        this.process = process;
        this.profile = profile;
        this.port = port;
    }

    /** Chromium, where Debian, Ubuntu or a Chrome install puts it; empty when the machine has none. */
    public static Optional<Path> binary() {
        return Stream.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")
                .map(Path::of).filter(Files::isExecutable).findFirst();
    }

    /**
     * Starts a browser with a profile of its own under {@code target/}, on a free loopback port,
     * and returns once it says where its DevTools listen; {@link #PATIENCE} at most.
     */
    public static HeadlessChromium start() {
        Path chromium = binary().orElseThrow(() -> new IllegalStateException("no Chromium on this machine"));
        Path profile;
        try {
            profile = Files.createTempDirectory(Files.createDirectories(Path.of("target", "kata")), "chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a Chromium profile under target/kata", e);
        }
        CompletableFuture<Integer> port = new CompletableFuture<>();
        ChildProcess process = ChildProcess.command(List.of(chromium.toString(), "--headless=new", "--no-sandbox",
                        "--disable-gpu", "--no-first-run", "--user-data-dir=" + profile.toAbsolutePath(),
                        "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0", "about:blank"))
                .lines(line -> {
                    Matcher listening = LISTENING.matcher(line);
                    if (listening.find()) {
                        port.complete(Integer.parseInt(listening.group(1)));
                    }
                })
                .start();
        try {
            return new HeadlessChromium(process, profile, port.get(PATIENCE.toSeconds(), TimeUnit.SECONDS));
        } catch (Exception e) {
            process.kill();
            throw new IllegalStateException("Chromium did not open its DevTools port within " + PATIENCE + ": " + e, e);
        }
    }

    /** Opens {@code url} in a new tab and returns it once its page has loaded. */
    public Page open(URI url) {
        try {
            HttpResponse<String> created = http.send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + port + "/json/new?" + url))
                    .PUT(HttpRequest.BodyPublishers.noBody()).timeout(PATIENCE).build(),
                    HttpResponse.BodyHandlers.ofString());
            URI socket = URI.create(JSON.readTree(created.body()).get("webSocketDebuggerUrl").asText());
            Page page = new Page();
            page.socket = http.newWebSocketBuilder().buildAsync(socket, page).get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            // The new tab starts as about:blank: wait until it shows our page, fully loaded.
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (!page.evaluate("location.href.startsWith('" + url + "') && document.readyState === 'complete'")
                    .equals("true")) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the page did not load within " + PATIENCE);
                }
                TimeUnit.MILLISECONDS.sleep(25); // the browser's own pace: nothing to await but the load itself
            }
            return page;
        } catch (Exception e) {
            throw new IllegalStateException("cannot open " + url + " in Chromium: " + e, e);
        }
    }

    /** Ends the browser and every process it started, and deletes its profile. */
    @Override
    public void close() {
        process.kill();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + profile, e);
        }
    }

    /** One tab: run JavaScript in it, as the page's own script would. */
    public static final class Page implements WebSocket.Listener, AutoCloseable {

        private volatile WebSocket socket;
        private final AtomicInteger ids = new AtomicInteger();
        private final Map<Integer, CompletableFuture<JsonNode>> waiting = new ConcurrentHashMap<>();
        private final StringBuilder partial = new StringBuilder();

        private Page() {
        }

        /**
         * Evaluates {@code expression} (a promise is awaited) and returns its value as text.
         * A script error fails with the browser's message.
         */
        public String evaluate(String expression) {
            int id = ids.incrementAndGet();
            CompletableFuture<JsonNode> answer = new CompletableFuture<>();
            waiting.put(id, answer);
            try {
                String command = JSON.writeValueAsString(Map.of("id", id, "method", "Runtime.evaluate", "params",
                        Map.of("expression", expression, "awaitPromise", true, "returnByValue", true)));
                socket.sendText(command, true).get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
                JsonNode result = answer.get(PATIENCE.toSeconds(), TimeUnit.SECONDS).path("result");
                if (result.has("exceptionDetails")) {
                    throw new IllegalStateException("the page's script failed: " + result.get("exceptionDetails"));
                }
                JsonNode value = result.path("result").path("value");
                return value.isTextual() ? value.asText() : value.toString();
            } catch (Exception e) {
                throw new IllegalStateException("cannot evaluate in Chromium: " + e.getMessage(), e);
            } finally {
                waiting.remove(id);
            }
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                try {
                    JsonNode message = JSON.readTree(partial.toString());
                    CompletableFuture<JsonNode> answer = waiting.get(message.path("id").asInt(-1));
                    if (answer != null) {
                        answer.complete(message);
                    }
                } catch (IOException notJson) {
                    // events and noise: only the answers to our commands matter here
                } finally {
                    partial.setLength(0);
                }
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public void close() {
            socket.abort();
        }
    }
}
