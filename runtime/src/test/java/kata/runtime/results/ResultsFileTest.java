package kata.runtime.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * {@code ./kata check} runs a module's test classes in several JVMs at once, and each JVM merges
 * its classes into the one results file. Two real JVMs here merge 60 classes each, as fast as
 * they can: every class must be in the file at the end (without the lock, some are lost).
 */
class ResultsFileTest {

    private static final int CLASSES_PER_JVM = 60;

    @Test
    void twoJvmsMergingAtOnceLoseNoClass() throws Exception {
        Path module = Files.createDirectories(Path.of("target", "kata-merge-module"));
        Path file = ResultsFile.location(module);
        Files.deleteIfExists(file);

        List<Process> jvms = new ArrayList<>();
        for (String jvm : List.of("a", "b")) {
            jvms.add(new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), MergeMany.class.getName(), file.toString(), jvm)
                    .inheritIO().start());
        }
        for (Process jvm : jvms) {
            assertThat(jvm.waitFor(60, TimeUnit.SECONDS)).as("a merging JVM finished").isTrue();
            assertThat(jvm.exitValue()).isZero();
        }

        List<String> classes = ResultsFile.read(file).tests().stream().map(TestResult::className).toList();
        assertThat(classes).hasSize(2 * CLASSES_PER_JVM).doesNotHaveDuplicates();
    }

    /** One JVM of the test above: merges one class at a time into the file named by args[0]. */
    public static final class MergeMany {

        public static void main(String[] args) {
            Path file = Path.of(args[0]);
            IntStream.range(0, CLASSES_PER_JVM).forEach(i -> {
                TestResult result = new TestResult("jvm" + args[1] + ".Class" + i, "test", "test()", "given",
                        "", "", "", "passed", false, "", 1);
                new ResultsFile("module", "starter", "step-01", "now", List.of(result)).mergeInto(file);
            });
        }
    }
}
