package kata.runtime.process;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The first code that runs inside every child JVM: arm the orphan watchdog, then hand over to
 * the real main class.
 *
 * <p>Why a watchdog: shutdown hooks do not run when the test JVM is killed with SIGKILL (an IDE's
 * red stop button, a CI timeout, {@code kill -9}). Without it, the services a test started would
 * keep running — holding memory, ports and a learner's confusion — until the machine reboots.
 * The child therefore checks every {@value #CHECK_EVERY_MILLIS} ms that its parent is still
 * alive and halts itself when it is not.
 *
 * <p>Usage: {@code java -Dkata.parentPid=PID kata.runtime.process.ChildBootstrap MAIN_CLASS [ARGS]}
 */
public final class ChildBootstrap {

    static final String CHILD_NAME_PROPERTY = "kata.child";
    static final String PARENT_PID_PROPERTY = "kata.parentPid";
    static final long CHECK_EVERY_MILLIS = 500;
    /** 128 + 9: what a SIGKILLed process reports, because that is in effect what happened. */
    static final int ORPHAN_EXIT_STATUS = 137;

    private ChildBootstrap() {
    }

    public static void main(String[] args) throws Throwable {
        if (args.length == 0) {
            throw new IllegalArgumentException("usage: ChildBootstrap MAIN_CLASS [ARGS...]");
        }
        watchParent(Long.getLong(PARENT_PID_PROPERTY));
        runMain(args[0], Arrays.copyOfRange(args, 1, args.length));
    }

    private static void watchParent(Long parentPid) {
        if (parentPid == null) {
            return; // started by hand, not by ChildJvm: nobody to watch
        }
        // Look the parent up once: a ProcessHandle remembers the process start time, so a
        // recycled pid belonging to some other process is not mistaken for our parent.
        Optional<ProcessHandle> parent = ProcessHandle.of(parentPid);
        if (parent.isEmpty()) {
            halt(parentPid);
        }
        ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "kata-orphan-watchdog");
            thread.setDaemon(true); // must never keep the service alive by itself
            return thread;
        });
        watchdog.scheduleAtFixedRate(() -> {
            if (!parent.get().isAlive()) {
                halt(parentPid);
            }
        }, CHECK_EVERY_MILLIS, CHECK_EVERY_MILLIS, TimeUnit.MILLISECONDS);
    }

    private static void halt(long parentPid) {
        System.err.println("kata: parent process " + parentPid + " is gone; "
                + System.getProperty(CHILD_NAME_PROPERTY, "child") + " halts so it is not left behind");
        // halt, not exit: shutdown hooks of a half-orphaned service could block forever
        Runtime.getRuntime().halt(ORPHAN_EXIT_STATUS);
    }

    private static void runMain(String mainClassName, String[] args) throws Throwable {
        Method main = Class.forName(mainClassName).getMethod("main", String[].class);
        try {
            main.invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            throw e.getCause(); // the service's own exception, not reflection's wrapper
        }
    }
}
