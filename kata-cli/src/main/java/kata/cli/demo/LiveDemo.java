package kata.cli.demo;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import kata.cli.Terminal;
import kata.cli.maven.Maven;
import kata.cli.maven.ModuleClasspath;
import kata.cli.workshop.Step;
import kata.cli.workshop.StepCatalog;
import kata.runtime.night.Night;
import kata.runtime.night.NightListener;
import kata.runtime.night.NightReport;
import kata.runtime.process.ChildJvm;
import kata.runtime.process.ExitCause;

/**
 * {@code ./kata demo outage|survive} for real: builds the class path of the system on stage,
 * starts it in child JVMs, plays the tests' {@link Night} against it, and writes the report.
 *
 * <ul>
 *   <li>outage: the monolith. It runs step 01's <em>solution</em> when present: the learner's
 *       starter may be half-edited and not compile, and the solution dies of the leak just the
 *       same - that is step 01's lesson.
 *   <li>survive: the services, from the latest solution (step 02 or later).
 *   <li>final: step 05's final exam, played by {@link FinalDemo}.
 * </ul>
 * Bounded (a hard cap of {@value #HARD_CAP_SECONDS} s once the processes start), loopback only,
 * and nothing left running afterwards - Ctrl-C included.
 */
public final class LiveDemo implements DemoRunner {

    static final int HARD_CAP_SECONDS = 58;
    static final int PHASE_SECONDS = 5;
    static final int MAX_LEAK_SECONDS = 30;
    static final int CRAWLER_PAGES_PER_SECOND = 20;

    private final Path root;
    private final Terminal terminal;
    private final Maven maven;

    public LiveDemo(Path root, Terminal terminal, Maven maven) {
        this.root = root;
        this.terminal = terminal;
        this.maven = maven;
    }

    @Override
    public int run(DemoKind kind) {
        Terminal t = terminal;
        StepCatalog catalog = StepCatalog.of(root);
        Optional<Path> module = switch (kind) {
            case OUTAGE -> monolith(catalog);
            case SURVIVE -> latestServices(catalog);
            case FINAL -> catalog.find("5").flatMap(Step::solution);
        };
        if (module.isEmpty()) {
            t.error(switch (kind) {
                case OUTAGE -> "The monolith (step-01-monolith) is not in this repository: nothing to replay.";
                case SURVIVE -> "demo survive needs the services version: a solution of step 02 or later"
                        + " (solutions/step-02-...). This repository only has "
                        + catalog.steps().stream().filter(s -> s.solution().isPresent()).map(Step::id).toList()
                        + ". Run " + t.command("demo outage") + " meanwhile.";
                case FINAL -> "demo final needs step 05's solution (solutions/step-05-failure): it is not in this"
                        + " repository.";
            });
            return 2;
        }
        String moduleName = root.relativize(module.get()).toString().replace('\\', '/');
        t.println(t.bold(kind.title()) + t.dim("  (" + moduleName + ")"));
        long buildStart = System.nanoTime();
        String classpath;
        try {
            classpath = new ModuleClasspath(maven, root).of(module.get(), line -> t.println("  " + line));
        } catch (IllegalStateException buildFailed) {
            t.error(buildFailed.getMessage());
            return 1;
        }
        long buildSeconds = (System.nanoTime() - buildStart) / 1_000_000_000L;
        if (buildSeconds > 2) {
            t.println(t.dim("  ready after " + buildSeconds + " s of building; the next run starts at once"));
        }
        if (kind == DemoKind.FINAL) {
            return new FinalDemo(root, terminal).play(module.get(), classpath);
        }
        List<String> missing = missingMainClasses(module.get(), kind);
        if (!missing.isEmpty()) {
            t.error(moduleName + " has no " + missing + ": the demo knows how to run the monolith and step 02's"
                    + " services (kata.recommender.RecommenderApp + kata.webshop.WebShopApp).");
            return 2;
        }
        return play(kind, moduleName, withLauncher(classpath));
    }

    private int play(DemoKind kind, String moduleName, String classpath) {
        Terminal t = terminal;
        Path reportDir = root.resolve("target").resolve("kata");
        // A log folder per night: "demo survive" must not overwrite the monolith's OutOfMemoryError line.
        Path logs = reportDir.resolve("logs").resolve("demo-" + kind.word());
        DemoCast cast = kind == DemoKind.OUTAGE ? DemoCast.monolith(classpath, logs) : DemoCast.services(classpath, logs);
        Instant startedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        DemoPrinter printer = new DemoPrinter(t, cast);
        NightReport night;
        // Ctrl-C or the hard cap: the JVM exits, and kata-runtime's shutdown hook ends every child.
        HardCap cap = HardCap.arm(Duration.ofSeconds(HARD_CAP_SECONDS), t);
        try (cast) {
            cast.start().forEach(line -> t.println("  " + line));
            night = playNight(cast, printer);
        } catch (RuntimeException e) {
            t.error("The demo could not run: " + e.getMessage());
            return 1;
        } finally {
            cap.close();
        }
        DemoRun run = new DemoRun(kind.word(), kind.title(), system(kind, moduleName), startedAt.toString(),
                cast.leakingName(), DemoCast.LEAKING_HEAP_MB, night.secondOf(night.leakStarted()),
                night.leakingProcessDied() ? night.secondOf(night.died()) : null,
                night.leakingProcessDied() ? death(cast.leakingName(), night.death()) : null, printer.complete(night));
        run.save(reportDir);
        List<Path> reports = DemoReport.write(reportDir, run);
        t.println();
        t.println(t.bold("In one line: ") + run.verdict());
        // Why a second may read 83 % here and 50 % in the report: a slow answer belongs to two seconds.
        t.println(t.dim("The lines above count an answer in the second it came; the report, in the second"));
        t.println(t.dim("its request was sent. A slow answer can make the two disagree for a second."));
        reports.forEach(report -> t.println("Report: " + root.relativize(report) + t.dim("  (open it in a browser)")));
        if (kind == DemoKind.OUTAGE && reports.size() == 1) {
            t.println("Next: " + t.command("demo survive") + " replays the same night against the services.");
        }
        t.println(leftBehind());
        return 0;
    }

    private static String system(DemoKind kind, String moduleName) {
        return kind == DemoKind.OUTAGE
                ? "the monolith (" + moduleName + "): one JVM, -Xmx48m"
                : "the services (" + moduleName + "): recommender -Xmx48m, shop -Xmx96m";
    }

    /**
     * The night the demo plays: the tests' {@link Night}, slowed down for an audience - calm and
     * after phases of {@value #PHASE_SECONDS} s, a crawler of {@value #CRAWLER_PAGES_PER_SECOND}
     * pages a second (about 5 MB of leak a second: the heap fills in seconds, not at once), and up
     * to {@value #MAX_LEAK_SECONDS} s of leak.
     */
    static NightReport playNight(DemoCast cast, NightListener listener) {
        Duration phase = Duration.ofSeconds(PHASE_SECONDS);
        return Night.against(cast.shop()).phasesOfAtLeast(phase, phase).crawlerPagesPerSecond(CRAWLER_PAGES_PER_SECOND)
                .maxLeak(Duration.ofSeconds(MAX_LEAK_SECONDS)).listener(listener).run(cast.leaking());
    }

    /** E.g. "shop died of OutOfMemoryError (exit 3)". */
    static String death(String process, ExitCause cause) {
        return process + " " + cause.toString().replaceFirst(":.*", "");
    }

    /** Step 01's solution if present (it compiles for sure), else the starter. */
    private Optional<Path> monolith(StepCatalog catalog) {
        return catalog.find("1").flatMap(step -> step.solution().or(() -> Optional.of(step.dir())));
    }

    /** The solution of the highest step from 02 on: the most complete services version there is. */
    private static Optional<Path> latestServices(StepCatalog catalog) {
        return catalog.steps().stream()
                .filter(step -> step.number() >= 2)
                .map(Step::solutionDir)
                .filter(java.util.Objects::nonNull)
                .reduce((earlier, later) -> later);
    }

    private static List<String> missingMainClasses(Path module, DemoKind kind) {
        List<String> needed = kind == DemoKind.OUTAGE ? List.of("kata.webshop.WebShopApp")
                : List.of("kata.recommender.RecommenderApp", "kata.webshop.WebShopApp");
        Path classes = module.resolve("target").resolve("classes");
        return needed.stream()
                .filter(name -> !Files.isRegularFile(classes.resolve(name.replace('.', '/') + ".class")))
                .toList();
    }

    /**
     * Child JVMs start through kata-runtime's {@code ChildBootstrap} (the orphan watchdog). This
     * tool's own jar carries it: last in line, so a module's own copy wins.
     */
    private static String withLauncher(String classpath) {
        try {
            Path own = Path.of(ChildJvm.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return classpath + File.pathSeparator + own;
        } catch (URISyntaxException | RuntimeException unknownLocation) {
            return classpath;
        }
    }

    /** The promise, checked: no process of ours outlives the demo. */
    private String leftBehind() {
        List<ProcessHandle> alive = ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).toList();
        if (alive.isEmpty()) {
            return terminal.dim("No process left behind.");
        }
        alive.forEach(ProcessHandle::destroyForcibly);
        return terminal.yellow(alive.size() + " process(es) were still running and have been killed.");
    }
}
