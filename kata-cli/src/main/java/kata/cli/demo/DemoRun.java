package kata.cli.demo;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import kata.runtime.JsonFiles;
import kata.runtime.night.Night;

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

    public static Path file(Path reportDir, String kind) {
        return reportDir.resolve("demo-" + kind + ".json");
    }

    public void save(Path reportDir) {
        JsonFiles.write(file(reportDir, kind), this);
    }

    public static Optional<DemoRun> load(Path reportDir, String kind) {
        Path file = file(reportDir, kind);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JsonFiles.read(file, DemoRun.class));
        } catch (UncheckedIOException e) {
            return Optional.empty(); // from an older version: the combined chart just waits for a new run
        }
    }

    /** Checkout success in one phase, from 0 to 100; -1 when no checkout was tried in it. */
    public double checkoutSuccess(Night.Phase phase) {
        long total = seconds.stream().filter(s -> s.phase() == phase).mapToLong(s -> s.reading().checkouts()).sum();
        long ok = seconds.stream().filter(s -> s.phase() == phase).mapToLong(s -> s.reading().checkoutsOk()).sum();
        return total == 0 ? -1 : 100.0 * ok / total;
    }

    /** The night in one sentence, e.g. "checkout success before the leak 100.0 % -> during 98.2 % -> after 0.0 %". */
    public String verdict() {
        return String.format(java.util.Locale.ROOT, "checkout success before the leak %s -> during the leak %s -> after %s",
                percent(checkoutSuccess(Night.Phase.BEFORE)), percent(checkoutSuccess(Night.Phase.LEAK)),
                percent(checkoutSuccess(Night.Phase.AFTER)));
    }

    static String percent(double value) {
        return value < 0 ? "n/a" : String.format(java.util.Locale.ROOT, "%.1f %%", Math.floor(value * 10) / 10);
    }
}
