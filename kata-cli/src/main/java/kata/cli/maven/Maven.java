package kata.cli.maven;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs the repository's Maven wrapper. An interface so that the commands that build and test
 * ({@code check}, {@code watch}, {@code prefetch}, {@code demo}) can be tested without running a
 * real build.
 */
public interface Maven {

    /**
     * Runs {@code ./mvnw ARGUMENTS} from the repository root and waits for it.
     *
     * @param log   receives the whole output, so a failure can be read in full afterwards
     * @param lines sees every output line as it comes, to show progress
     * @return Maven's exit code: 0 for success
     */
    int run(List<String> arguments, Path log, Consumer<String> lines);
}
