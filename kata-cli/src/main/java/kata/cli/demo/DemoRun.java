package kata.cli.demo;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One played night, kept as {@code target/kata/demo-KIND.json} so that the report of the other
 * night can put both side by side ("before vs after").
 *
 * @param kind            "outage" or "survive"
 * @param system          what ran, e.g. "the monolith (solutions/step-01-monolith)"
 * @param leakingProcess  the process that leaks: "shop" in the monolith, "recommender" in the services
 * @param deathSecond     when the leaking process died, or {@code null} if it did not
 */
public record DemoRun(String kind, String title, String system, String startedAt, String leakingProcess,
                      int leakingHeapMb, int crawlerStartSecond, Integer deathSecond, String death,
                      List<DemoSecond> seconds) {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public static Path file(Path reportDir, String kind) {
        return reportDir.resolve("demo-" + kind + ".json");
    }

    public void save(Path reportDir) {
        try {
            Files.createDirectories(reportDir);
            JSON.writeValue(file(reportDir, kind).toFile(), this);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the demo run in " + reportDir, e);
        }
    }

    public static Optional<DemoRun> load(Path reportDir, String kind) {
        Path file = file(reportDir, kind);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(file.toFile(), DemoRun.class));
        } catch (IOException e) {
            return Optional.empty(); // from an older version: the combined chart just waits for a new run
        }
    }

    /** Checkout success in one phase, from 0 to 100; -1 when no checkout was tried in it. */
    public double checkoutSuccess(String phase) {
        long total = seconds.stream().filter(s -> s.phase().equals(phase)).mapToLong(s -> s.reading().checkoutTotal()).sum();
        long ok = seconds.stream().filter(s -> s.phase().equals(phase)).mapToLong(s -> s.reading().checkoutOk()).sum();
        return total == 0 ? -1 : 100.0 * ok / total;
    }

    /** The night in one sentence, e.g. "checkout success before the leak 100.0 % -> during 98.2 % -> after 0.0 %". */
    public String verdict() {
        return String.format(java.util.Locale.ROOT, "checkout success before the leak %s -> during the leak %s -> after %s",
                percent(checkoutSuccess("before")), percent(checkoutSuccess("leak")), percent(checkoutSuccess("after")));
    }

    static String percent(double value) {
        return value < 0 ? "n/a" : String.format(java.util.Locale.ROOT, "%.1f %%", Math.floor(value * 10) / 10);
    }
}
