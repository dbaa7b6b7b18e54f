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
import kata.runtime.results.MethodRuns;
import kata.runtime.results.ResultsFile;
import kata.runtime.results.TestResult;

/**
 * Reads how far the learner is, from files only (never the network, never a build): the targets
 * declared in each step's test sources, and the outcomes in the step's
 * {@code target/kata/results.json}, written by testkit at the end of every test run.
 *
 * <p>The sources are the list of targets, the results file only colours them in. A target that
 * only the results file knows (the scan missed it) is still shown. The file has one line per
 * run; a target is one method, green only when every run of it (every case of a parameterized
 * test, every repetition) passed - counted by testkit's {@link MethodRuns}, as its verdict is.
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

        List<MethodRuns> runs = MethodRuns.of(tests);
        List<Target> targets = new ArrayList<>(ExerciseScanner.scan(step.testSources()));
        runs.stream()
                .filter(MethodRuns::isExercise)
                .filter(r -> targets.stream().noneMatch(t -> sameTest(t, r)))
                .map(r -> r.runs().get(0))
                .map(r -> new Target(r.className(), r.name(), r.hint(), r.more(), r.readme()))
                .forEach(targets::add);

        List<TargetProgress> progress = new ArrayList<>();
        for (Target target : ExerciseScanner.ordered(targets)) {
            int number = progress.size() + 1;
            progress.add(runs.stream().filter(r -> sameTest(target, r)).findFirst()
                    .map(r -> progress(number, target, r))
                    .orElse(TargetProgress.notRun(number, target)));
        }
        List<String> brokenGiven = runs.stream()
                .filter(r -> !r.isExercise() && r.failed())
                .map(ProgressReader::broken)
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

    /**
     * A target after every run of it: a parameterized target is red when any case failed, and the
     * first failing case is named, so the learner knows which one to look at.
     */
    private static TargetProgress progress(int number, Target target, MethodRuns runs) {
        Optional<TestResult> explaining = runs.firstNotPassed();
        String failingCase = runs.hasCases() ? runs.firstFailure().map(TestResult::displayName).orElse("") : "";
        return new TargetProgress(number, target, TargetStatus.of(runs),
                explaining.map(TestResult::message).orElse(""), failingCase, runs.casesPassed(), runs.cases());
    }

    /** "RoutesTest.badInput: expected 400" or, with cases, "RoutesTest.badInput (2 of 14 cases): ..." */
    private static String broken(MethodRuns given) {
        TestResult failure = given.firstFailure().orElseThrow();
        long failed = given.runs().stream().filter(TestResult::failed).count();
        String cases = given.hasCases() ? " (" + failed + " of " + given.cases() + " cases)" : "";
        return simpleName(failure) + cases + (failure.message().isBlank() ? "" : ": " + failure.message());
    }

    private static boolean sameTest(Target target, MethodRuns runs) {
        return target.className().equals(runs.className()) && target.method().equals(runs.name());
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
