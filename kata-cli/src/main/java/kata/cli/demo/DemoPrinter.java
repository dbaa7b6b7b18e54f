package kata.cli.demo;

import java.util.Locale;
import kata.cli.Terminal;

/**
 * The night in the terminal: a headline per phase and one line per second, e.g.
 * <pre>
 * t+ 7s  checkout 100.0 % ok  p99   14 ms | recommendations 100.0 % ok | leak ~ 21 MB of 48 MB | shop up
 * </pre>
 */
final class DemoPrinter implements DemoScenario.Listener {

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
        String checkoutText = String.format(Locale.ROOT, "checkout %s ok  p99 %6s", percent(checkout),
                r.checkoutTotal() == 0 ? "-" : String.format(Locale.ROOT, "%.0f ms", r.checkoutP99Millis()));
        String painted = checkout < 0 ? t.dim(checkoutText) : checkout >= 99 ? t.green(checkoutText)
                : checkout >= 50 ? t.yellow(checkoutText) : t.red(checkoutText);
        String recommendations = s.phase().equals("before") ? String.format("%-26s", "")
                : String.format(Locale.ROOT, "recommendations %s ok", percent(r.recommendationsOkPercent()));
        String leak = s.leakedMb() < 0 ? String.format("%-21s", "")
                : String.format(Locale.ROOT, "leak ~%3.0f MB of %d MB", s.leakedMb(), heapMb);
        String processes = s.processes().contains("DEAD") ? t.red(s.processes()) : s.processes();
        return String.format(Locale.ROOT, "t+%2ds  %s | %s | %s | %s", s.second(), painted, recommendations, leak, processes);
    }

    private static String percent(double value) {
        return value < 0 ? "    -  " : String.format(Locale.ROOT, "%5.1f %%", value);
    }
}
