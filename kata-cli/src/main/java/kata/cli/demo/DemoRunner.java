package kata.cli.demo;

/** Runs a demo for real. An interface so the command's argument handling is tested without processes. */
@FunctionalInterface
public interface DemoRunner {

    /** @return the exit code: 0 when the night played out and the report was written */
    int run(DemoKind kind);
}
