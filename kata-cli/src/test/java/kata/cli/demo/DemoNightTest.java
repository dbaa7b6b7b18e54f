package kata.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import kata.cli.Terminal;
import kata.cli.samples.LeakyShop;
import kata.runtime.night.Night;
import kata.runtime.night.NightReport;
import kata.runtime.night.NightSecond;
import kata.runtime.process.ExitCause;
import org.junit.jupiter.api.Test;

/**
 * The demo plays the tests' night ({@link Night}), not a script of its own: here its own night,
 * {@link LiveDemo#playNight}, runs against a small leaking shop in a child JVM, and the audience's
 * lines come from the night's phases and seconds.
 */
class DemoNightTest {

    @Test
    void theDemoPlaysTheTestsNightAndPrintsEverySecond() {
        StringWriter out = new StringWriter();
        DemoCast cast = new DemoCast(List.of(new DemoCast.Service("shop", LeakyShop.class.getName(), "32m", Map.of())),
                "shop", System.getProperty("java.class.path"), Path.of("target", "kata", "logs", "demo-night-test"));
        DemoPrinter printer = new DemoPrinter(Terminal.plain(out, new StringWriter()), cast);
        NightReport night;
        try (cast) {
            cast.start();
            night = LiveDemo.playNight(cast, printer);
        }

        assertThat(night.death().kind()).as("how the leaking shop ended").isEqualTo(ExitCause.Kind.OUT_OF_MEMORY);
        assertThat(night.secondOf(night.leakStarted())).as("the calm phase, long enough to be seen")
                .isGreaterThanOrEqualTo(LiveDemo.PHASE_SECONDS - 1);
        List<DemoSecond> seconds = printer.complete(night);
        assertThat(seconds).extracting(DemoSecond::phase).startsWith(Night.Phase.BEFORE).contains(Night.Phase.LEAK)
                .endsWith(Night.Phase.AFTER);
        assertThat(seconds.get(0).reading().checkoutOkPercent()).as("checkout before the leak").isEqualTo(100);
        assertThat(seconds.get(seconds.size() - 1).processes()).isEqualTo("shop DEAD (OOM)");
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).contains("== Customers are buying and browsing the storefront.",
                "== 3 AM: a crawler walks the recommendation pages. Every call leaks memory.");
        assertThat(lines).anyMatch(line -> line.startsWith("== CRASH: shop died of OutOfMemoryError"));
        assertThat(lines.stream().filter(line -> line.startsWith("t+"))).as("a line a second").hasSameSizeAs(seconds)
                .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(100));
    }

    @Test
    void aLineASecondWithTheStateFirstInAtMostOneHundredColumns() {
        Terminal plain = Terminal.plain(new StringWriter(), new StringWriter());

        String alive = DemoPrinter.line(plain, new DemoSecond(new NightSecond(7, Night.Phase.LEAK, 40, 40, 14.2, 20, 19, 10, 10),
                21.3, "shop up, recommender up"), 48);
        String dying = DemoPrinter.line(plain, new DemoSecond(new NightSecond(13, Night.Phase.AFTER, 40, 40, 11, 20, 0, 10, 10),
                -1, "shop up, recommender DEAD (OOM)"), 48);
        String dead = DemoPrinter.line(plain, new DemoSecond(new NightSecond(13, Night.Phase.AFTER, 40, 0, 1, 20, 0, 10, 0),
                -1, "shop DEAD"), 48);

        assertThat(alive).isEqualTo("t+ 7s  shop up, recommender up          checkout 100.0 % p99  14 ms  recs  95.0 %"
                + "  leak 21/48 MB");
        assertThat(dying).startsWith("t+13s  shop up, recommender DEAD (OOM)  checkout 100.0 %");
        assertThat(List.of(alive, dying, dead)).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(100));
        assertThat(dead).as("no checkout succeeded: no p99").startsWith("t+13s  shop DEAD").contains("checkout   0.0 % p99      \u2013");
    }
}
