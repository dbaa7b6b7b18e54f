package kata.cli.maven;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A Maven that builds nothing: it records what it was asked, replays scripted output lines and
 * runs a scripted side effect (writing a results file, as a real test run would).
 */
public final class FakeMaven implements Maven {

    public final List<List<String>> runs = new ArrayList<>();
    public List<String> output = List.of();
    public int exitCode;
    public Runnable sideEffect = () -> { };

    @Override
    public int run(List<String> arguments, Path log, Consumer<String> lines) {
        runs.add(arguments);
        try {
            Files.createDirectories(log.getParent());
            Files.write(log, output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        output.forEach(lines);
        sideEffect.run();
        return exitCode;
    }
}
