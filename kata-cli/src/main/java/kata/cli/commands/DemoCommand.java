package kata.cli.commands;

import java.util.Arrays;
import java.util.concurrent.Callable;
import kata.cli.KataContext;
import kata.cli.UsageError;
import kata.cli.demo.DemoKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code ./kata demo outage} and {@code ./kata demo survive}: the 3 AM night, live in the
 * terminal, with an HTML report for the projector; {@code ./kata demo final}: step 05's final exam.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, description = {
        "Replay the 3 AM night live: 'outage' runs the monolith, 'survive' the services (the latest solution).",
        "Both write an HTML report with charts to target/kata/. Under a minute; nothing left running.",
        "'final' plays step 05's final exam: the monolith's night, then the whole system's (about 90 s)."})
public final class DemoCommand implements Callable<Integer> {

    @Parameters(paramLabel = "NIGHT", description = "outage, survive or final")
    String night;

    private final KataContext kata;

    public DemoCommand(KataContext kata) {
        this.kata = kata;
    }

    @Override
    public Integer call() {
        DemoKind kind = DemoKind.of(night).orElseThrow(() -> new UsageError("unknown demo '" + night + "'. Choose one of: "
                + String.join(", ", Arrays.stream(DemoKind.values()).map(DemoKind::word).toList())
                + " (e.g. " + kata.terminal().command("demo outage") + ")"));
        return kata.demos().run(kind);
    }
}
