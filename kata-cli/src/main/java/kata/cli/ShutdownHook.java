package kata.cli;

/**
 * Work that must happen even when the learner presses Ctrl-C (stop Maven, stop the demo's
 * processes), registered only for as long as it is needed.
 */
public final class ShutdownHook {

    private ShutdownHook() {
    }

    public static Thread add(String name, Runnable work) {
        Thread hook = new Thread(work, name);
        Runtime.getRuntime().addShutdownHook(hook);
        return hook;
    }

    /** Removes the hook; harmless when the JVM is already shutting down (the hook then runs). */
    public static void remove(Thread hook) {
        if (hook == null) {
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hooks run already: this one does its job
        }
    }
}
