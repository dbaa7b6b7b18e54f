package kata.runtime.process;

import java.util.Map;

/**
 * Why a child JVM is no longer running — the line a learner reads after "the shop died".
 *
 * <p>The exit code alone is ambiguous ({@code 3} is what {@code -XX:+ExitOnOutOfMemoryError}
 * uses, but any program can exit with 3), so the log is consulted first: a JVM that ran out
 * of heap says so on its way out.
 *
 * @param exitCode the process exit status; on Unix 128 + n means "ended by signal n"
 * @param detail   the evidence: the OutOfMemoryError line, the signal, or the last log line
 */
public record ExitCause(int exitCode, Kind kind, String detail) {

    public enum Kind { OUT_OF_MEMORY, KILLED_BY_SIGNAL, NORMAL_EXIT, ERROR_EXIT }

    /** The marker every OutOfMemoryError message and stack trace contains. */
    static final String OOM_MARKER = "java.lang.OutOfMemoryError";

    private static final Map<Integer, String> SIGNAL_NAMES = Map.of(
            1, "SIGHUP", 2, "SIGINT", 3, "SIGQUIT", 6, "SIGABRT", 9, "SIGKILL", 11, "SIGSEGV", 15, "SIGTERM");

    /**
     * Classifies an ended process.
     *
     * @param oomLine       the log line mentioning {@value #OOM_MARKER}, or {@code null}
     * @param signalWeSent  the signal the launcher sent ({@code 15}, {@code 9}), or {@code 0} if none
     * @param lastLogLine   the last thing the process printed, kept as evidence of an error exit
     */
    static ExitCause classify(int exitCode, String oomLine, int signalWeSent, String lastLogLine) {
        if (oomLine != null) {
            return new ExitCause(exitCode, Kind.OUT_OF_MEMORY, oomLine.strip());
        }
        if (exitCode > 128) {
            return new ExitCause(exitCode, Kind.KILLED_BY_SIGNAL, signalName(exitCode - 128) + " (" + exitCode + ")");
        }
        if (signalWeSent != 0) {
            // e.g. a service whose shutdown hook calls System.exit(0) after our SIGTERM
            return new ExitCause(exitCode, Kind.KILLED_BY_SIGNAL, signalName(signalWeSent) + " (exit " + exitCode + ")");
        }
        if (exitCode == 0) {
            return new ExitCause(0, Kind.NORMAL_EXIT, "");
        }
        return new ExitCause(exitCode, Kind.ERROR_EXIT, lastLogLine == null ? "" : lastLogLine.strip());
    }

    static String signalName(int signal) {
        return SIGNAL_NAMES.getOrDefault(signal, "signal " + signal);
    }

    /** E.g. {@code died of OutOfMemoryError (exit 3): Terminating due to java.lang.OutOfMemoryError: Java heap space}. */
    @Override
    public String toString() {
        return switch (kind) {
            case OUT_OF_MEMORY -> "died of OutOfMemoryError (exit " + exitCode + "): " + detail;
            case KILLED_BY_SIGNAL -> "killed by " + detail;
            case NORMAL_EXIT -> "exited normally (exit 0)";
            case ERROR_EXIT -> "exited with an error (exit " + exitCode + ")" + (detail.isEmpty() ? "" : ": " + detail);
        };
    }
}
