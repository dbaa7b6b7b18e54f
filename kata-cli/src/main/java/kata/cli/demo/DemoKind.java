package kata.cli.demo;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The nights the demo can replay. */
public enum DemoKind {

    /** The monolith: one JVM, one heap; the leak takes checkout down with it. */
    OUTAGE("outage", "The 3 AM night: the monolith"),
    /** The services (the latest solution): the leak kills only the recommendation service. */
    SURVIVE("survive", "The 3 AM night: the services"),
    /** Step 05's final exam: the monolith's night, then the whole system's, and the two rows side by side. */
    FINAL("final", "The final night: the monolith, then the whole system");

    private final String word;
    private final String title;

    DemoKind(String word, String title) {
        this.word = word;
        this.title = title;
    }

    public String word() {
        return word;
    }

    public String title() {
        return title;
    }

    public static Optional<DemoKind> of(String word) {
        return Arrays.stream(values()).filter(k -> k.word.equals(word.toLowerCase(Locale.ROOT))).findFirst();
    }
}
