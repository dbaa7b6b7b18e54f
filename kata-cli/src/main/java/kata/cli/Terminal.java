package kata.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Where the tool writes, and how fancy it may be there.
 *
 * <p>Colours only on a real terminal ({@code System.console() != null}) and only when
 * {@code NO_COLOR} is not set (<a href="https://no-color.org">no-color.org</a>): a log file or a
 * pipe gets plain text. Block characters for progress bars only when the terminal speaks UTF-8;
 * otherwise {@code [#####.....]}.
 *
 * @param launcher how the learner starts the tool, for messages: {@code ./kata}, or {@code kata} on Windows
 */
public record Terminal(PrintWriter out, PrintWriter err, boolean colours, boolean unicode, String launcher,
                       boolean interactive) {

    private static final String RESET = "\u001b[0m";

    /** The real terminal, with the decisions above made from the environment. */
    public static Terminal system() {
        boolean console = System.console() != null;
        String noColor = System.getenv("NO_COLOR");
        boolean colours = console && (noColor == null || noColor.isEmpty());
        Charset charset = outputCharset();
        boolean unicode = console && StandardCharsets.UTF_8.equals(charset) && System.getenv("KATA_ASCII") == null;
        String launcher = System.getProperty("kata.launcher",
                System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows") ? "kata" : "./kata");
        return new Terminal(writer(System.out, charset), writer(System.err, charset), colours, unicode, launcher, console);
    }

    /** Plain text into two buffers: for tests. */
    public static Terminal plain(StringWriter out, StringWriter err) {
        return new Terminal(new PrintWriter(out, true), new PrintWriter(err, true), false, false, "./kata", false);
    }

    public String green(String text) {
        return paint("32", text);
    }

    public String red(String text) {
        return paint("31", text);
    }

    public String yellow(String text) {
        return paint("33", text);
    }

    public String bold(String text) {
        return paint("1", text);
    }

    public String dim(String text) {
        return paint("2", text);
    }

    public String cyan(String text) {
        return paint("36", text);
    }

    /** {@code "./kata check"}: a command the learner can copy. */
    public String command(String arguments) {
        return launcher + (arguments.isEmpty() ? "" : " " + arguments);
    }

    public void println(String line) {
        out.println(line);
        out.flush();
    }

    public void println() {
        println("");
    }

    public void error(String line) {
        err.println(line);
        err.flush();
    }

    /**
     * Rewrites the current line (a spinner, a counter); on a pipe each update becomes its own line,
     * so only call this for a real terminal or for occasional updates.
     */
    public void status(String line) {
        if (interactive) {
            out.print("\r\u001b[2K" + line);
        } else {
            out.println(line);
        }
        out.flush();
    }

    /** Ends a {@link #status} line. */
    public void endStatus() {
        if (interactive) {
            out.print("\r\u001b[2K");
            out.flush();
        }
    }

    private String paint(String code, String text) {
        return colours ? "\u001b[" + code + "m" + text + RESET : text;
    }

    private static Charset outputCharset() {
        String name = System.getProperty("stdout.encoding", System.getProperty("sun.stdout.encoding"));
        try {
            return name != null ? Charset.forName(name) : Charset.defaultCharset();
        } catch (RuntimeException unknown) {
            return Charset.defaultCharset();
        }
    }

    private static PrintWriter writer(PrintStream stream, Charset charset) {
        return new PrintWriter(new java.io.OutputStreamWriter(stream, charset), true);
    }
}
