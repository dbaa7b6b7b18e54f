package kata.cli.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import kata.runtime.night.Night;
import kata.runtime.night.NightSecond;

/**
 * The HTML a trainer puts on the projector: the night's verdict in three big numbers (checkout
 * success before, during and after the leak) and charts of checkout success and latency over
 * time. {@code demo-outage.html}, {@code demo-survive.html}, and {@code demo-before-after.html}
 * once both nights have been played. Self-contained: inline SVG and CSS, nothing fetched.
 */
public final class DemoReport {

    static final String RED = "#c62828";
    static final String GREEN = "#2e7d32";
    static final String BLUE = "#1565c0";
    static final String GREY = "#757575";
    static final String ORANGE = "#ef6c00";
    /** Before and after: a pair colour-blind viewers tell apart (Okabe-Ito), and dashes and squares too. */
    static final String BEFORE = "#d55e00";
    static final String AFTER = "#0072b2";

    private DemoReport() {
    }

    /** Writes this run's report, and the before/after one when the other night is on file too. */
    public static List<Path> write(Path reportDir, DemoRun run) {
        List<Path> written = new ArrayList<>();
        written.add(writeFile(reportDir.resolve("demo-" + run.kind() + ".html"), single(run)));
        Optional<DemoRun> outage = run.kind().equals("outage") ? Optional.of(run) : DemoRun.load(reportDir, "outage");
        Optional<DemoRun> survive = run.kind().equals("survive") ? Optional.of(run) : DemoRun.load(reportDir, "survive");
        if (outage.isPresent() && survive.isPresent()) {
            written.add(writeFile(reportDir.resolve("demo-before-after.html"), beforeAfter(outage.get(), survive.get())));
        }
        return written;
    }

    static String single(DemoRun run) {
        int seconds = run.seconds().size();
        SvgChart success = new SvgChart("Requests that succeeded, per second", " %", 100, seconds)
                .series(new SvgChart.Series("checkout", BLUE, false, values(run, r -> r.checkoutOkPercent())))
                .series(new SvgChart.Series("recommendations", GREY, true, values(run, r -> r.recommendationsOkPercent())));
        SvgChart latency = new SvgChart("Checkout latency, p99 (no line: no checkout succeeded)", " ms",
                maxLatency(run), seconds)
                .series(new SvgChart.Series("checkout p99", BLUE, false, latencies(run)));
        markers(run, success);
        markers(run, latency);
        String body = "<h1>" + SvgChart.escape(run.title()) + "</h1>\n"
                + "<p class=\"sub\">" + SvgChart.escape(run.system()) + " &middot; " + SvgChart.escape(run.startedAt())
                + " &middot; " + SvgChart.escape(run.death() == null ? "no process died" : run.death()) + "</p>\n"
                + tiles(run)
                + "<figure>" + success.render() + "</figure>\n"
                + "<figure>" + latency.render() + "</figure>\n"
                + table(run);
        return page(run.title(), body);
    }

    static String beforeAfter(DemoRun outage, DemoRun survive) {
        int seconds = Math.max(outage.seconds().size(), survive.seconds().size());
        SvgChart success = new SvgChart("Checkout success, per second", " %", 100, seconds)
                .series(before(values(outage, NightSecond::checkoutOkPercent)))
                .series(after(values(survive, NightSecond::checkoutOkPercent)));
        SvgChart latency = new SvgChart("Checkout latency, p99", " ms", Math.max(maxLatency(outage), maxLatency(survive)), seconds)
                .series(before(latencies(outage)))
                .series(after(latencies(survive)));
        for (SvgChart chart : List.of(success, latency)) {
            chart.marker(new SvgChart.Marker(outage.crawlerStartSecond(), "crawler starts", GREY));
            deathMarker(outage, chart, BEFORE, "monolith");
            deathMarker(survive, chart, AFTER, survive.leakingProcess());
        }
        String body = "<h1>The 3 AM night, before and after</h1>\n"
                + "<p class=\"sub\">the same traffic and the same leak; only the architecture changed</p>\n"
                + "<p class=\"runs\">before: " + run(outage) + "<br>after: " + run(survive)
                + "<br>both on one time axis: seconds since the night's traffic began</p>\n"
                + "<div class=\"pair\"><div><h2 style=\"color:" + BEFORE + "\">before: the monolith</h2>" + tiles(outage)
                + "</div><div><h2 style=\"color:" + AFTER + "\">after: the services</h2>" + tiles(survive) + "</div></div>\n"
                + "<figure>" + success.render() + "</figure>\n"
                + "<figure>" + latency.render() + "</figure>\n";
        return page("The 3 AM night, before and after", body);
    }

    private static SvgChart.Series before(List<Double> values) {
        return new SvgChart.Series("before: the monolith", BEFORE, true, SvgChart.Point.SQUARE, values);
    }

    private static SvgChart.Series after(List<Double> values) {
        return new SvgChart.Series("after: the services", AFTER, false, SvgChart.Point.CIRCLE, values);
    }

    /** Which run: "demo outage, 2026-11-28T14:02:11Z, 38 s, step-01-monolith". */
    private static String run(DemoRun run) {
        return SvgChart.escape("demo " + run.kind() + ", " + run.startedAt() + ", " + run.seconds().size() + " s, "
                + run.system());
    }

    private static void markers(DemoRun run, SvgChart chart) {
        chart.marker(new SvgChart.Marker(run.crawlerStartSecond(), "crawler starts", GREY));
        deathMarker(run, chart, RED, run.leakingProcess());
    }

    private static void deathMarker(DemoRun run, SvgChart chart, String colour, String who) {
        if (run.deathSecond() != null) {
            chart.marker(new SvgChart.Marker(run.deathSecond(), who + " dies (OOM)", colour));
        }
    }

    private static List<Double> values(DemoRun run, ToDoubleFunction<NightSecond> value) {
        return run.seconds().stream().map(s -> value.applyAsDouble(s.reading())).toList();
    }

    /** p99 only where some checkout succeeded: the latency of refused connections is no latency. */
    private static List<Double> latencies(DemoRun run) {
        return run.seconds().stream()
                .map(s -> s.reading().checkoutsOk() > 0 ? s.reading().checkoutP99Millis() : -1.0)
                .toList();
    }

    private static double maxLatency(DemoRun run) {
        double max = latencies(run).stream().mapToDouble(Double::doubleValue).max().orElse(0);
        return Math.max(10, max * 1.1);
    }

    private static String tiles(DemoRun run) {
        return "<div class=\"tiles\">"
                + tile("before the leak", run.checkoutSuccess(Night.Phase.BEFORE))
                + tile("during the leak", run.checkoutSuccess(Night.Phase.LEAK))
                + tile("after", run.checkoutSuccess(Night.Phase.AFTER))
                + "</div>\n<p class=\"caption\">checkout success</p>\n";
    }

    private static String tile(String label, double percent) {
        String colour = percent < 0 ? GREY : percent >= 99 ? GREEN : percent >= 50 ? ORANGE : RED;
        return "<div class=\"tile\"><div class=\"big\" style=\"color:" + colour + "\">" + DemoRun.percent(percent)
                + "</div><div>" + label + "</div></div>";
    }

    private static String table(DemoRun run) {
        StringBuilder rows = new StringBuilder();
        for (DemoSecond s : run.seconds()) {
            NightSecond r = s.reading();
            rows.append(String.format(Locale.ROOT,
                    "<tr><td>%d</td><td>%s</td><td>%d</td><td>%s</td><td>%s</td><td>%d</td><td>%s</td><td>%s</td><td>%s</td></tr>%n",
                    s.second(), s.phase().name().toLowerCase(Locale.ROOT), r.checkouts(), DemoRun.percent(r.checkoutOkPercent()),
                    r.checkouts() == 0 ? "-" : String.format(Locale.ROOT, "%.0f ms", r.checkoutP99Millis()),
                    r.recommendations(), DemoRun.percent(r.recommendationsOkPercent()),
                    s.leakedMb() < 0 ? "-" : String.format(Locale.ROOT, "~%.0f MB", s.leakedMb()),
                    SvgChart.escape(s.processes())));
        }
        return "<details><summary>Second by second</summary><table><tr><th>s</th><th>phase</th><th>checkouts</th>"
                + "<th>ok</th><th>p99</th><th>recommendations</th><th>ok</th><th>leak</th><th>processes</th></tr>\n"
                + rows + "</table></details>\n";
    }

    private static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
                + "<title>" + SvgChart.escape(title) + "</title>\n<style>\n"
                + "body{font-family:sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#222;background:#fff}\n"
                + "h1{font-size:2.4em;margin-bottom:.2em} h2{margin:.2em 0} .sub{color:#555;font-size:1.2em}\n"
                + ".tiles{display:flex;gap:1em} .tile{flex:1;border:2px solid #ddd;border-radius:8px;padding:.6em;"
                + "text-align:center;font-size:1.2em} .big{font-size:2.6em;font-weight:bold;white-space:nowrap}\n"
                // Two nights side by side: smaller numbers, so "100.0 %" fits its tile at 1024 px and never wraps.
                + ".pair .tile{font-size:1em;padding:.5em .3em} .pair .big{font-size:2em} .runs{color:#555}\n"
                + ".caption{text-align:center;color:#555;margin-top:.3em} .pair{display:flex;gap:2em} .pair>div{flex:1}\n"
                + "figure{margin:1.5em 0} svg{width:100%;height:auto}\n"
                + "table{border-collapse:collapse;font-size:.95em} td,th{border:1px solid #ddd;padding:.2em .6em;text-align:right}\n"
                + "</style></head><body>\n" + body + "</body></html>\n";
    }

    private static Path writeFile(Path file, String html) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, html, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
