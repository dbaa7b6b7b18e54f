package kata.cli.maven;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kata.cli.workshop.Step;

/**
 * The test classes of one step, read from its test sources, as a Surefire filter
 * ({@code -Dtest=kata.webshop.SeamsTest,...}).
 *
 * <p>Why a filter: {@code -pl STEP -am} must build the modules the step depends on (shop,
 * testkit, ...) in case they changed, but the learner never edits them, and running their own
 * tests cost more than half of every check. Surefire applies {@code -Dtest} to every module of
 * the build; with {@code -Dsurefire.failIfNoSpecifiedTests=false}, a module none of whose classes
 * is named simply runs no tests. The names come from the step's own files, so the filter needs no
 * pom change and follows the reactor as modules are added or moved. Its limit: a module the step
 * depends on that has a test class of the <em>same</em> fully qualified name would run it too (a
 * slower check, never a wrong board: results are written per module).
 *
 * <p>Only the names Surefire runs by default are listed ({@code Test*}, {@code *Test},
 * {@code *Tests}, {@code *TestCase}), so helpers and fixtures are never started as tests. Not
 * checked yet: {@code @Nested} classes (no step has one) - if one arrives, make sure Surefire runs
 * them under this filter, or add an {@code Outer$*} pattern here.
 */
public final class StepTestClasses {

    private static final Pattern SUREFIRE_DEFAULT_NAMES = Pattern.compile("Test\\w*|\\w*(?:Test|Tests|TestCase)");

    private StepTestClasses() {
    }

    /** Fully qualified names, sorted: {@code kata.webshop.RoutesTest}. */
    public static List<String> of(Step step) {
        Path sources = step.testSources();
        if (!Files.isDirectory(sources)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(sources)) {
            return files.filter(file -> file.toString().endsWith(".java"))
                    .map(file -> sources.relativize(file).toString().replace('\\', '/').replaceFirst("\\.java$", ""))
                    .filter(name -> SUREFIRE_DEFAULT_NAMES.matcher(name.substring(name.lastIndexOf('/') + 1)).matches())
                    .map(name -> name.replace('/', '.'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the tests in " + sources, e);
        }
    }
}
