package kata.cli.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kata.cli.Terminal;
import kata.runtime.night.Night;
import kata.runtime.night.NightListener;
import kata.runtime.night.NightReport;
import kata.runtime.night.NightSecond;

/**
 * The night in the terminal: a headline per phase and one line per second, at most 100 columns
 * (a projector wraps longer ones), the processes' state first, e.g.
 * <pre>
 * t+ 7s  shop up, recommender up          checkout 100.0 % p99  14 ms  recs  95.0 %  leak 21/48 MB
 * t+13s  shop up, recommender DEAD (OOM)  checkout 100.0 % p99  11 ms  recs   0.0 %
 * </pre>
 * A second in which no checkout succeeded has no p99 ("–"): the time it takes to be refused is
 * not a checkout's latency. It keeps what it printed, for the report.
 */
final class DemoPrinter implements NightListener {

    /** Wide enough for "shop up, recommender DEAD (OOM)": the columns after it stay in place. */
    private static final int STATE_WIDTH = 31;

    private final Terminal terminal;
    private final DemoCast cast;
    private final List<DemoSecond> printed = new ArrayList<>();
    /** Every recommendation served leaks: the crawler's, and the one on every storefront page. */
    private long recommendationsServed;

    DemoPrinter(Terminal terminal, DemoCast cast) {
        this.terminal = terminal;
        this.cast = cast;
    }

    @Override
    public void phase(Night.Phase phase) {
        terminal.println(terminal.bold("== " + switch (phase) {
            case BEFORE -> "Customers are buying and browsing the storefront.";
            case LEAK -> "3 AM: a crawler walks the recommendation pages. Every call leaks memory.";
            case AFTER -> cast.leaking().exitCause()
                    .map(cause -> "CRASH: " + LiveDemo.death(cast.leakingName(), cause) + ". Who is still serving customers?")
                    .orElse("The crawler gave up and nothing crashed. Still standing:");
        }));
    }

    @Override
    public void second(NightSecond second) {
        recommendationsServed += second.recommendationsOk() + second.pagesOk();
        double leaked = cast.leaking().isAlive()
                ? recommendationsServed * (double) DemoCast.LEAK_BYTES_PER_CALL / (1024 * 1024) : -1;
        DemoSecond row = new DemoSecond(second, leaked, cast.states());
        printed.add(row);
        terminal.println(line(terminal, row, DemoCast.LEAKING_HEAP_MB));
    }

    /** The seconds as printed, each with its complete reading: late answers included. */
    List<DemoSecond> complete(NightReport night) {
        List<NightSecond> complete = night.seconds();
        List<DemoSecond> rows = new ArrayList<>();
        for (DemoSecond row : printed) {
            rows.add(row.second() < complete.size()
                    ? new DemoSecond(complete.get(row.second()), row.leakedMb(), row.processes()) : row);
        }
        return rows;
    }

    static String line(Terminal t, DemoSecond s, int heapMb) {
        NightSecond r = s.reading();
        double checkout = r.checkoutOkPercent();
        String state = String.format("%-" + STATE_WIDTH + "s", s.processes());
        String p99 = r.checkoutsOk() > 0 ? String.format(Locale.ROOT, "%.0f ms", r.checkoutP99Millis()) : "\u2013";
        String checkoutText = String.format(Locale.ROOT, "checkout %s p99 %6s", percent(checkout), p99);
        String painted = checkout < 0 ? t.dim(checkoutText) : checkout >= 99 ? t.green(checkoutText)
                : checkout >= 50 ? t.yellow(checkoutText) : t.red(checkoutText);
        String recommendations = s.phase() == Night.Phase.BEFORE ? ""
                : String.format(Locale.ROOT, "recs %s", percent(r.recommendationsOkPercent()));
        String leak = s.leakedMb() < 0 ? "" : String.format(Locale.ROOT, "leak %2.0f/%d MB", s.leakedMb(), heapMb);
        return String.format(Locale.ROOT, "t+%2ds  %s  %s  %-12s  %s", s.second(),
                s.processes().contains("DEAD") ? t.red(state) : state, painted, recommendations, leak).stripTrailing();
    }

    private static String percent(double value) {
        return value < 0 ? "    -  " : String.format(Locale.ROOT, "%5.1f %%", value);
    }
}
