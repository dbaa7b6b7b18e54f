package kata.shop;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Runs one task on several threads at once, for tests that want to provoke a race. */
public final class Concurrently {

    private Concurrently() {
    }

    /**
     * Starts every thread at the same moment (a barrier, not a sleep) to make the race as likely as
     * possible, and returns each thread's result. A task that throws fails the test.
     */
    public static <T> List<T> onThreads(int threads, Callable<T> task) throws Exception {
        CyclicBarrier startTogether = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<T>> pending = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                pending.add(pool.submit(() -> {
                    startTogether.await();
                    return task.call();
                }));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> result : pending) {
                // A bound, so a deadlock fails the test instead of hanging the build.
                results.add(result.get(5, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
