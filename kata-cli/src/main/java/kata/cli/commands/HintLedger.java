package kata.cli.commands;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import kata.cli.workshop.Target;

/**
 * Remembers how often the learner asked for each target's hint, so the second ask gives the
 * deeper one. Kept in {@code target/kata/hints.properties} at the root: losing it (a clean) only
 * means starting from the first hint again.
 */
public final class HintLedger {

    private final Path file;

    public HintLedger(Path root) {
        this.file = root.resolve("target").resolve("kata").resolve("hints.properties");
    }

    /** Counts one more ask and returns how many there have been, this one included. */
    public int ask(Target target) {
        Properties asked = load();
        String key = target.className() + "#" + target.method();
        int count = Integer.parseInt(asked.getProperty(key, "0")) + 1;
        asked.setProperty(key, String.valueOf(count));
        save(asked);
        return count;
    }

    private Properties load() {
        Properties asked = new Properties();
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                asked.load(in);
            } catch (IOException | IllegalArgumentException unreadable) {
                // start counting again
            }
        }
        return asked;
    }

    private void save(Properties asked) {
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                asked.store(out, "./kata hint: how often each target's hint was asked for");
            }
        } catch (IOException notWritable) {
            // a read-only checkout still gets hints, just always the first one
        }
    }
}
