package kata.runtime.night;

/**
 * Hears the {@link Night} as it goes, on the thread that runs it: keep it quick (print a line,
 * keep a row). The demo's terminal lines and charts are one.
 */
public interface NightListener {

    /** Hears nothing: a test wants only the {@link NightReport} at the end. */
    NightListener SILENT = new NightListener() {
    };

    /** A phase begins: BEFORE with the night, LEAK when the crawler starts, AFTER when the leaking process died (or the leak ran out of time). */
    default void phase(Night.Phase phase) {
    }

    /** A second of the night is over; its answers so far (a slow one may still come, and counts in the report). */
    default void second(NightSecond second) {
    }
}
