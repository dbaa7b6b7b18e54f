package kata.cli.workshop;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kata.cli.FileTimes;
import kata.testkit.results.ResultsFile;
import kata.testkit.results.TestResult;

/**
 * Reads how far the learner is, from files only (never the network, never a build): the targets
 * declared in each step's test sources, and the outcomes in the step's
 * {@code target/kata/results.json}, written by testkit at the end of every test run.
 *
 * <p>The sources are the list of targets, the results file only colours them in. A target that
 * only the results file knows (the scan missed it) is still shown.
 */
public final class ProgressReader {

    private ProgressReader() {
    }

    public static WorkshopProgress read(StepCatalog catalog) {
        return new WorkshopProgress(catalog.steps().stream().map(ProgressReader::read).toList());
    }

    public static StepProgress read(Step step) {
        Path resultsFile = ResultsFile.location(step.dir());
        Optional<ResultsFile> results = readResults(resultsFile);
        List<TestResult> tests = results.map(ResultsFile::tests).orElse(List.of());

        List<Target> targets = new ArrayList<>(ExerciseScanner.scan(step.testSources()));
        tests.stream()
                .filter(TestResult::isExercise)
                .filter(r -> targets.stream().noneMatch(t -> sameTest(t, r)))
                .map(r -> new Target(r.className(), r.name(), r.hint(), r.more(), r.readme()))
                .forEach(targets::add);

        List<TargetProgress> progress = new ArrayList<>();
        for (Target target : ExerciseScanner.ordered(targets)) {
            Optional<TestResult> result = tests.stream().filter(r -> sameTest(target, r)).findFirst();
            progress.add(new TargetProgress(progress.size() + 1, target,
                    result.map(r -> TargetStatus.fromOutcome(r.outcome())).orElse(TargetStatus.NOT_RUN),
                    result.map(TestResult::message).orElse("")));
        }
        List<String> brokenGiven = tests.stream()
                .filter(r -> !r.isExercise() && r.failed())
                .map(r -> simpleName(r) + (r.message().isBlank() ? "" : ": " + r.message()))
                .toList();
        Optional<Instant> lastRun = results.flatMap(r -> parse(r.finishedAt()));
        boolean stale = results.isPresent()
                && FileTimes.newestIn(step.dir().resolve("src")).compareTo(FileTimes.modified(resultsFile)) > 0;
        return new StepProgress(step, progress, brokenGiven, lastRun, stale);
    }

    private static Optional<ResultsFile> readResults(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(ResultsFile.read(file));
        } catch (UncheckedIOException unreadable) {
            return Optional.empty(); // half-written or from an older testkit: as if never run
        }
    }

    private static boolean sameTest(Target target, TestResult result) {
        return target.className().equals(result.className()) && target.method().equals(result.name());
    }

    private static String simpleName(TestResult r) {
        return r.className().substring(r.className().lastIndexOf('.') + 1) + "." + r.name();
    }

    private static Optional<Instant> parse(String instant) {
        try {
            return Optional.ofNullable(instant).map(Instant::parse);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
