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
 * <p>{@code launcher} is how the learner starts the tool, for messages: {@code ./kata}, or
 * {@code kata} on Windows.
 */
public final class Terminal {

    private static final String RESET = "\u001b[0m";

    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean colours;
    private final boolean unicode;
    private final String launcher;
    private final boolean interactive;
    /** How wide the last {@link #status} line was, to blank it out when the next one is shorter. */
    private int statusWidth;

    public Terminal(PrintWriter out, PrintWriter err, boolean colours, boolean unicode, String launcher, boolean interactive) {
        this.out = out;
        this.err = err;
        this.colours = colours;
        this.unicode = unicode;
        this.launcher = launcher;
        this.interactive = interactive;
    }

    /** The real terminal, with the decisions above made from the environment. */
    public static Terminal system() {
        boolean console = System.console() != null;
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        String noColor = System.getenv("NO_COLOR");
        boolean colours = console && (noColor == null || noColor.isEmpty()) && (!windows || windowsUnderstandsAnsi());
        Charset charset = outputCharset();
        boolean unicode = console && StandardCharsets.UTF_8.equals(charset) && System.getenv("KATA_ASCII") == null;
        String launcher = System.getProperty("kata.launcher", windows ? "kata" : "./kata");
        return new Terminal(writer(System.out, charset), writer(System.err, charset), colours, unicode, launcher, console);
    }

    /**
     * The classic Windows console shows escape codes as garbage unless a program switches it to
     * VT mode, which Java does not; Windows Terminal, ConEmu and ANSICON understand them.
     */
    private static boolean windowsUnderstandsAnsi() {
        return System.getenv("WT_SESSION") != null || "ON".equalsIgnoreCase(System.getenv("ConEmuANSI"))
                || System.getenv("ANSICON") != null || System.getenv("TERM") != null;
    }

    /** Plain text into two buffers: for tests. */
    public static Terminal plain(StringWriter out, StringWriter err) {
        return new Terminal(new PrintWriter(out, true), new PrintWriter(err, true), false, false, "./kata", false);
    }

    public PrintWriter out() {
        return out;
    }

    public PrintWriter err() {
        return err;
    }

    /** ANSI colours are on. */
    public boolean colours() {
        return colours;
    }

    /** Block characters and spinners from outside ASCII may be used. */
    public boolean unicode() {
        return unicode;
    }

    public String launcher() {
        return launcher;
    }

    /** A person is watching a real console: one line can be rewritten, and questions asked. */
    public boolean interactive() {
        return interactive;
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
     * Rewrites the current line (a spinner, a counter) on a terminal; on a pipe each update becomes
     * its own line, so only call this for a terminal or for occasional updates. Carriage return
     * and spaces only, no escape codes: it works in every console.
     */
    public void status(String line) {
        if (interactive) {
            String padding = " ".repeat(Math.max(0, statusWidth - visibleLength(line)));
            out.print("\r" + line + padding);
            statusWidth = visibleLength(line);
        } else {
            out.println(line);
        }
        out.flush();
    }

    /** Ends a {@link #status} line, leaving the cursor at the start of an empty line. */
    public void endStatus() {
        if (interactive && statusWidth > 0) {
            out.print("\r" + " ".repeat(statusWidth) + "\r");
            statusWidth = 0;
            out.flush();
        }
    }

    private static int visibleLength(String text) {
        return text.replaceAll("\u001b\\[[0-9;]*m", "").length();
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
