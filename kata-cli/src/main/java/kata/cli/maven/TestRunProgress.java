package kata.cli.maven;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kata.cli.Terminal;

/**
 * Turns the Maven wall into one line that moves: which module is building, how many test classes
 * are done and how many tests fail, with a spinner. It keeps the few lines worth showing at the
 * end: testkit's verdict per module ({@code kata: step-01-monolith ...}), compiler errors and the
 * step's {@link HeadlineFigure}; and it reports each failing test the moment Surefire names it,
 * so the first red target's hint can be shown while the other tests still run.
 */
public final class TestRunProgress implements Consumer<String> {

    private static final Pattern BUILDING = Pattern.compile("\\[INFO] Building (.+?) [\\w.-]+\\s+\\[(\\d+)/(\\d+)]");
    private static final Pattern CLASS_DONE = Pattern.compile(
            "Tests run: (\\d+), Failures: (\\d+), Errors: (\\d+), Skipped: (\\d+), Time elapsed: .*? in ([\\w.$]+)");
    private static final Pattern RUNNING = Pattern.compile("\\[INFO] Running ([\\w.$]+)");
    /** {@code [ERROR] kata.webshop.SeamsTest.method -- Time elapsed: ...} (a case adds {@code (Args)[2]}). */
    private static final Pattern TEST_FAILED = Pattern.compile(
            "^\\[ERROR] ([\\w.$]+)\\.([\\w$]+)(?:\\([^)]*\\))?(?:\\[\\d+])? -- Time elapsed: .*<<< (?:FAILURE|ERROR)!");
    private static final Pattern COMPILER_ERROR = Pattern.compile("\\[ERROR] (/|[A-Za-z]:\\\\)\\S+\\.java:\\[\\d+,\\d+].*");
    private static final String[] SPINNER_ASCII = {"|", "/", "-", "\\"};
    private static final String[] SPINNER_UNICODE = {"\u280b", "\u2819", "\u2839", "\u2838", "\u283c", "\u2834", "\u2826", "\u2827", "\u2807", "\u280f"};

    private final Terminal terminal;
    private final BiConsumer<String, String> failedTests;
    private final List<String> verdicts = new ArrayList<>();
    private final List<String> compilerErrors = new ArrayList<>();
    private String module = "starting Maven";
    private String running = "";
    private int classesDone;
    private int testsRun;
    private int testsFailed;
    private int frame;
    private boolean downloading;
    private HeadlineFigure figure;

    public TestRunProgress(Terminal terminal) {
        this(terminal, (className, method) -> { });
    }

    /** @param failedTests told (class name, method name) of every failing test as Surefire names it */
    public TestRunProgress(Terminal terminal, BiConsumer<String, String> failedTests) {
        this.terminal = terminal;
        this.failedTests = failedTests;
    }

    @Override
    public void accept(String line) {
        Matcher m;
        if ((m = BUILDING.matcher(line)).find()) {
            module = m.group(1) + " [" + m.group(2) + "/" + m.group(3) + "]";
            running = "";
            downloading = false;
            if (!terminal.interactive()) {
                terminal.println("  building " + module);
            }
        } else if ((m = CLASS_DONE.matcher(line)).find()) {
            classesDone++;
            testsRun += Integer.parseInt(m.group(1));
            testsFailed += Integer.parseInt(m.group(2)) + Integer.parseInt(m.group(3));
            running = "";
        } else if ((m = RUNNING.matcher(line)).find()) {
            running = simpleName(m.group(1));
        } else if (line.startsWith("Downloading from") || line.startsWith("[INFO] Downloading from")) {
            downloading = true;
        } else if ((m = TEST_FAILED.matcher(line)).find()) {
            terminal.endStatus(); // whatever the listener prints starts on a clean line
            failedTests.accept(m.group(1), m.group(2));
        } else if (line.startsWith("kata: ")) {
            verdicts.add(line);
        } else if (COMPILER_ERROR.matcher(line).matches() && compilerErrors.size() < 10) {
            compilerErrors.add(line.substring("[ERROR] ".length()));
        } else {
            HeadlineFigure.in(line).ifPresent(found -> figure = figure == null ? found : figure.orBetter(found));
        }
        if (terminal.interactive()) {
            terminal.status(statusLine());
        }
    }

    /** The spinner line, e.g. {@code | step 01 [4/4]: 2 test classes done, 9 tests, 3 failing - running SeamsTest}. */
    String statusLine() {
        String[] frames = terminal.unicode() ? SPINNER_UNICODE : SPINNER_ASCII;
        String spinner = frames[frame++ % frames.length];
        StringBuilder text = new StringBuilder(spinner).append(' ').append(module);
        if (downloading) {
            text.append(": downloading dependencies (first run only)");
        } else if (classesDone > 0 || !running.isEmpty()) {
            text.append(": ").append(classesDone).append(" test classes done, ").append(testsRun).append(" tests");
            if (testsFailed > 0) {
                text.append(", ").append(testsFailed).append(" failing");
            }
            if (!running.isEmpty()) {
                text.append(" - running ").append(running);
            }
        }
        return text.toString();
    }

    /** Testkit's one-line verdict per module, in the kata's words. */
    public List<String> verdicts() {
        return List.copyOf(verdicts);
    }

    /** The step's figure, when a test printed one. */
    public Optional<HeadlineFigure> figure() {
        return Optional.ofNullable(figure);
    }

    public List<String> compilerErrors() {
        return List.copyOf(compilerErrors);
    }

    public int testsRun() {
        return testsRun;
    }

    public void finish() {
        terminal.endStatus();
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }
}
