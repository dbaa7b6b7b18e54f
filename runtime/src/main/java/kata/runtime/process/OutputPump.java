package kata.runtime.process;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.OptionalInt;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a child's merged stdout/stderr line by line on its own thread, copies every line into
 * the log file and to a listener, and watches for the two lines the launcher cares about: where
 * a service listens, and whether it ran out of memory.
 *
 * <p>Why a thread at all: a child whose output nobody reads blocks as soon as the pipe buffer
 * (a few KB) is full — it would look hung for no reason of its own.
 */
final class OutputPump {

    /** {@code shop listening on http://127.0.0.1:43127} → 43127. */
    static final Pattern LISTENING = Pattern.compile("listening on http://[^\\s:/]+:(\\d+)", Pattern.CASE_INSENSITIVE);
    /** What {@code -XX:+ExitOnOutOfMemoryError} prints on its way out; the best OOM evidence. */
    private static final String OOM_EXIT_LINE = "Terminating due to " + ExitCause.OOM_MARKER;

    private final InputStream output;
    private final BufferedWriter log;
    private final Consumer<String> listener;
    private final CountDownLatch drained = new CountDownLatch(1);
    private volatile int port = -1;
    private volatile String oomLine;
    private volatile String lastMessage;

    private OutputPump(InputStream output, BufferedWriter log, Consumer<String> listener) {
        this.output = output;
        this.log = log;
        this.listener = listener;
    }

    static OutputPump start(String childName, InputStream output, BufferedWriter log, Consumer<String> listener) {
        OutputPump pump = new OutputPump(output, log, listener);
        Thread thread = new Thread(pump::pump, "kata-child-output-" + childName);
        thread.setDaemon(true);
        thread.start();
        return pump;
    }

    /** The port from the first "listening on http://HOST:PORT" line, if one was printed yet. */
    OptionalInt port() {
        return port < 0 ? OptionalInt.empty() : OptionalInt.of(port);
    }

    String oomLine() {
        return oomLine;
    }

    /** The last line that is not a stack frame: usually the exception a failing child died of. */
    String lastMessage() {
        return lastMessage;
    }

    /**
     * Waits until the child's output is fully read. A process can exit a moment before its last
     * lines (often the interesting ones) have been pumped, so read them before judging it.
     */
    boolean awaitDrained(Duration timeout) {
        try {
            return drained.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void pump() {
        // The child writes in the platform charset; the log file is UTF-8.
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(output, Charset.defaultCharset()));
             BufferedWriter out = log) {
            String line;
            while ((line = lines.readLine()) != null) {
                out.write(line);
                out.newLine();
                out.flush(); // so log() and a learner's editor see the line now, not at exit
                notice(line);
                listener.accept(line);
            }
        } catch (IOException streamClosed) {
            // the process was killed mid-line: what was read so far is in the log
        } finally {
            drained.countDown();
        }
    }

    private void notice(String line) {
        if (!line.isBlank() && !Character.isWhitespace(line.charAt(0))) {
            lastMessage = line;
        }
        if (port < 0) {
            Matcher listening = LISTENING.matcher(line);
            if (listening.find()) {
                port = Integer.parseInt(listening.group(1));
            }
        }
        if (line.contains(ExitCause.OOM_MARKER) && (oomLine == null || line.contains(OOM_EXIT_LINE))) {
            oomLine = line;
        }
    }
}
