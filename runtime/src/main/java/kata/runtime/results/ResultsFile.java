package kata.runtime.results;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import kata.runtime.JsonFiles;

/**
 * {@code target/kata/results.json} of one module: which tests ran and how they ended.
 *
 * <p>A run of a few test classes (an IDE run, {@code -Dtest=...}) replaces only those classes'
 * entries, so the board {@code ./kata} draws never forgets a class that simply was not run.
 */
public record ResultsFile(String module, String role, String step, String finishedAt, List<TestResult> tests) {

    public static Path location(Path moduleDir) {
        return moduleDir.resolve("target").resolve("kata").resolve("results.json");
    }

    public static ResultsFile read(Path file) {
        return JsonFiles.read(file, ResultsFile.class);
    }

    /** This run's results merged over what the file held for classes that did not run now. */
    public ResultsFile mergedOver(Path file) {
        if (!Files.isRegularFile(file)) {
            return this;
        }
        Set<String> ranNow = tests.stream().map(TestResult::className).collect(Collectors.toSet());
        List<TestResult> merged = new ArrayList<>(tests);
        try {
            read(file).tests().stream().filter(t -> !ranNow.contains(t.className())).forEach(merged::add);
        } catch (UncheckedIOException unreadable) {
            // a half-written or old-format file is simply replaced
        }
        merged.sort(Comparator.comparing(TestResult::className).thenComparing(TestResult::name));
        return new ResultsFile(module, role, step, finishedAt, List.copyOf(merged));
    }

    /**
     * {@link #mergedOver} and {@link #write} as one step, under a lock that other processes see:
     * {@code ./kata check} runs a module's test classes in several JVMs at once, and two of them
     * merging at the same moment would each drop what the other just wrote.
     *
     * @return what the file holds now
     */
    public ResultsFile mergeInto(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Path lockFile = file.resolveSibling(file.getFileName() + ".lock");
            // The file lock keeps other JVMs out; within this JVM a second lock would throw
            // (OverlappingFileLockException), so threads wait for each other here first.
            synchronized (ResultsFile.class) {
                try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                     FileLock ignored = channel.lock()) {
                    ResultsFile merged = mergedOver(file);
                    merged.write(file);
                    return merged;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot update " + file, e);
        }
    }

    /** Writes atomically, so {@code ./kata watch} never reads half a file. */
    public void write(Path file) {
        JsonFiles.write(file, this);
    }
}
