package kata.cli;

import java.io.StringWriter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kata.cli.commands.ChangeWatcher;
import kata.cli.demo.DemoKind;
import kata.cli.doctor.FakeEnvironment;
import kata.cli.maven.FakeMaven;

/**
 * The tool wired to fakes around a {@link TestRepo}: runs commands exactly as {@code ./kata}
 * would, and keeps what they printed. No build, no process, no network.
 */
public final class TestKata {

    public final TestRepo repo;
    public final FakeMaven maven = new FakeMaven();
    public final FakeEnvironment environment;
    public final List<DemoKind> demosRun = new ArrayList<>();
    public final List<String> questionsAsked = new ArrayList<>();
    public final List<String> diffsShown = new ArrayList<>();
    public ChangeWatcher.Factory watchers = folder -> {
        throw new ChangeWatcher.Unavailable("no watching in this test", null);
    };
    public boolean answer;
    public boolean interactive;
    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    public TestKata(TestRepo repo) {
        this.repo = repo;
        this.environment = new FakeEnvironment(repo.root(), repo.path("home"));
    }

    /** Runs {@code ./kata ARGS}; returns the exit code. Output: {@link #out()}, {@link #err()}. */
    public int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        Terminal terminal = new Terminal(new PrintWriter(out, true), new PrintWriter(err, true), false, false, "./kata",
                interactive);
        KataContext kata = new KataContext(repo.root(), terminal, environment, maven, watchers,
                question -> {
                    questionsAsked.add(question);
                    return answer;
                },
                (learner, solution) -> {
                    diffsShown.add(repo.root().relativize(learner) + " -> " + repo.root().relativize(solution));
                    return 0;
                },
                kind -> {
                    demosRun.add(kind);
                    return 0;
                });
        return KataCommands.create(kata).execute(args);
    }

    public String out() {
        return out.toString();
    }

    public String err() {
        return err.toString();
    }

    public Path root() {
        return repo.root();
    }
}
