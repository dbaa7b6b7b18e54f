package kata.runtime.load;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Makes and remembers every thread of one probe, so that they can all be interrupted and joined
 * at the end: a probe must not leave threads behind to disturb the next test.
 *
 * <p>Threads are daemons (they can never keep a JVM alive) and named {@code load-NAME-i}, so a
 * thread dump says whose they are.
 */
final class LoadThreads implements ThreadFactory {

    private final String prefix;
    private final AtomicInteger counter = new AtomicInteger();
    private final List<Thread> made = new CopyOnWriteArrayList<>();

    LoadThreads(String probeName) {
        this.prefix = "load-" + probeName + "-";
    }

    @Override
    public Thread newThread(Runnable work) {
        return named(prefix + counter.getAndIncrement(), work);
    }

    Thread named(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        made.add(thread);
        return thread;
    }

    String prefix() {
        return prefix;
    }

    /** Interrupts every thread made here except the caller (the supervisor must not stop itself). */
    void interruptAll() {
        made.stream().filter(thread -> thread != Thread.currentThread()).forEach(Thread::interrupt);
    }

    /** Waits, up to {@code timeout} in total, for every thread made here (but the caller) to end. */
    void joinAll(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (Thread thread : made) {
            if (thread == Thread.currentThread()) {
                continue;
            }
            long leftMillis = (deadline - System.nanoTime()) / 1_000_000;
            if (leftMillis <= 0) {
                return;
            }
            try {
                thread.join(leftMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
