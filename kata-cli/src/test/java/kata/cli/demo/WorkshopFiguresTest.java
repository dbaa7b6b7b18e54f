package kata.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The heap figures the docs quote are the ones the code uses (docs/figures.md has them all): a
 * README that says "-Xmx48m when run by hand" while the pom gives 64m fails the build. Checked
 * where a figure has one home in code that this module can read: the pom's {@code kata.heap}
 * (every service run by hand) and the demo's heaps.
 */
class WorkshopFiguresTest {

    private static final Path ROOT = Path.of(System.getProperty("kata.module.dir", ".")).toAbsolutePath().getParent();
    private static final Pattern BY_HAND = Pattern.compile("-Xmx(\\d+m) when run by hand");

    @Test
    void everyHeapQuotedForARunByHandIsThePomsHeap() throws IOException {
        String heap = pomHeap();
        List<Path> docs = markdown();
        int quoted = 0;
        for (Path doc : docs) {
            Matcher figure = BY_HAND.matcher(Files.readString(doc));
            while (figure.find()) {
                quoted++;
                assertThat(figure.group(1)).as("%s: %s (the pom's kata.heap is %s)", ROOT.relativize(doc),
                        figure.group(), heap).isEqualTo(heap);
            }
        }
        assertThat(quoted).as("heaps quoted for a run by hand, in %d docs", docs.size()).isPositive();
        assertThat(Files.readString(ROOT.resolve("docs/figures.md"))).as("docs/figures.md")
                .contains("`-Xmx" + heap + " -XX:+ExitOnOutOfMemoryError`");
    }

    @Test
    void theTrainerGuideQuotesTheDemosHeaps() throws IOException {
        String guide = Files.readString(ROOT.resolve("docs/trainer-guide.md"));

        assertThat(guide).as("docs/trainer-guide.md, the demo").contains("one JVM with a " + DemoCast.LEAKING_HEAP_MB + " MB heap")
                .contains("recommender with the same " + DemoCast.LEAKING_HEAP_MB + " MB heap");
    }

    private static String pomHeap() throws IOException {
        Matcher heap = Pattern.compile("<kata.heap>(\\d+m)</kata.heap>").matcher(Files.readString(ROOT.resolve("pom.xml")));
        assertThat(heap.find()).as("kata.heap in the root pom").isTrue();
        return heap.group(1);
    }

    private static List<Path> markdown() throws IOException {
        try (Stream<Path> files = Files.walk(ROOT, 3)) {
            return files.filter(p -> p.toString().endsWith(".md"))
                    .filter(p -> !ROOT.relativize(p).toString().contains("target"))
                    .filter(p -> !ROOT.relativize(p).startsWith(".git"))
                    .toList();
        }
    }
}
