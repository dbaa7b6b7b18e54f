package kata.cli.commands;

import java.util.List;
import java.util.concurrent.Callable;
import kata.cli.KataContext;
import kata.cli.Terminal;
import kata.cli.board.TextWrap;
import kata.cli.doctor.Doctor;
import kata.cli.doctor.Finding;
import picocli.CommandLine.Command;

/**
 * {@code ./kata doctor}: is this machine ready? One line per check, each with how to fix it.
 * Exit code 1 when something blocks the workshop (a FAIL), 0 otherwise.
 */
@Command(name = "doctor", mixinStandardHelpOptions = true, description = "Check this machine: JDK, Maven wrapper, Docker, RabbitMQ, nginx, ports, offline-ready.")
public final class DoctorCommand implements Callable<Integer> {

    private static final int WIDTH = 100;

    private final KataContext kata;

    public DoctorCommand(KataContext kata) {
        this.kata = kata;
    }

    @Override
    public Integer call() {
        Terminal t = kata.terminal();
        t.println(t.bold("kata doctor - is this machine ready for the workshop?"));
        t.println();
        List<Finding> findings = Doctor.standard(t.launcher()).examine(kata.environment());
        findings.forEach(f -> print(t, f));
        long fails = count(findings, Finding.Level.FAIL);
        long warns = count(findings, Finding.Level.WARN);
        t.println();
        String summary = findings.size() - fails - warns + " fine, " + warns + " warning(s), " + fails + " problem(s).";
        t.println(fails > 0 ? t.red(summary + " Fix the FAIL lines before the workshop.")
                : warns > 0 ? t.yellow(summary) + " The workshop runs; the warnings say what you miss."
                : t.green(summary + " Ready."));
        return fails > 0 ? 1 : 0;
    }

    private static void print(Terminal t, Finding f) {
        String level = String.format("%-4s", f.level());
        String painted = switch (f.level()) {
            case OK -> t.green(level);
            case INFO -> t.dim(level);
            case WARN -> t.yellow(level);
            case FAIL -> t.red(level);
        };
        String head = String.format("  %s  %-9s ", level, f.topic());
        String indent = " ".repeat(head.length());
        List<String> lines = TextWrap.wrap(f.summary(), WIDTH, head, indent);
        t.println(lines.get(0).replaceFirst(java.util.regex.Pattern.quote(level), java.util.regex.Matcher.quoteReplacement(painted))); // colour after measuring
        lines.stream().skip(1).forEach(t::println);
        if (!f.fix().isBlank()) {
            TextWrap.wrap(f.fix(), WIDTH, indent + "fix: ", indent + "     ").forEach(t::println);
        }
    }

    private static long count(List<Finding> findings, Finding.Level level) {
        return findings.stream().filter(f -> f.level() == level).count();
    }
}
