package kata.cli.demo;

import java.util.Locale;
import kata.cli.Terminal;

/**
 * The night in the terminal: a headline per phase and one line per second, at most 100 columns
 * (a projector wraps longer ones), the processes' state first, e.g.
 * <pre>
 * t+ 7s  shop up, recommender up          checkout 100.0 % p99  14 ms  recs  95.0 %  leak 21/48 MB
 * t+13s  shop up, recommender DEAD (OOM)  checkout 100.0 % p99  11 ms  recs   0.0 %
 * </pre>
 * A second in which no checkout succeeded has no p99 ("–"): the time it takes to be refused is
 * not a checkout's latency.
 */
final class DemoPrinter implements DemoScenario.Listener {

    /** Wide enough for "shop up, recommender DEAD (OOM)": the columns after it stay in place. */
    private static final int STATE_WIDTH = 31;

    private final Terminal terminal;
    private final int heapMb;

    DemoPrinter(Terminal terminal, int heapMb) {
        this.terminal = terminal;
        this.heapMb = heapMb;
    }

    @Override
    public void phase(String announcement) {
        terminal.println(terminal.bold("== " + announcement));
    }

    @Override
    public void second(DemoSecond s) {
        terminal.println(line(terminal, s, heapMb));
    }

    static String line(Terminal t, DemoSecond s, int heapMb) {
        Reading r = s.reading();
        double checkout = r.checkoutOkPercent();
        String state = String.format("%-" + STATE_WIDTH + "s", s.processes());
        String p99 = checkout > 0 ? String.format(Locale.ROOT, "%.0f ms", r.checkoutP99Millis()) : "\u2013";
        String checkoutText = String.format(Locale.ROOT, "checkout %s p99 %6s", percent(checkout), p99);
        String painted = checkout < 0 ? t.dim(checkoutText) : checkout >= 99 ? t.green(checkoutText)
                : checkout >= 50 ? t.yellow(checkoutText) : t.red(checkoutText);
        String recommendations = s.phase().equals("before") ? ""
                : String.format(Locale.ROOT, "recs %s", percent(r.recommendationsOkPercent()));
        String leak = s.leakedMb() < 0 ? "" : String.format(Locale.ROOT, "leak %2.0f/%d MB", s.leakedMb(), heapMb);
        return String.format(Locale.ROOT, "t+%2ds  %s  %s  %-12s  %s", s.second(),
                s.processes().contains("DEAD") ? t.red(state) : state, painted, recommendations, leak).stripTrailing();
    }

    private static String percent(double value) {
        return value < 0 ? "    -  " : String.format(Locale.ROOT, "%5.1f %%", value);
    }
}
