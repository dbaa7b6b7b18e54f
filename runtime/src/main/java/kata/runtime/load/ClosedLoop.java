package kata.runtime.load;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The closed model: n workers, each sending a request, waiting for the answer, sending the next.
 * Like n users clicking. When the service slows down, so does the load — which is why this model
 * hides latency spikes; {@link OpenLoop} does not.
 */
final class ClosedLoop implements LoadShape {

    private final List<Thread> workers = new ArrayList<>();
    private final AtomicInteger running;
    private final CompletableFuture<Void> finished = new CompletableFuture<>();

    ClosedLoop(int workerCount, LoadThreads threads, RequestBudget budget, SampleRecorder recorder, RequestAction action) {
        this.running = new AtomicInteger(workerCount);
        for (int i = 0; i < workerCount; i++) {
            workers.add(threads.newThread(() -> work(budget, recorder, action)));
        }
    }

    @Override
    public void start() {
        workers.forEach(Thread::start);
    }

    @Override
    public CompletableFuture<Void> finished() {
        return finished;
    }

    @Override
    public void stopIssuing() {
        // nothing to do: every worker asks the (now closed) budget before its next request
    }

    private void work(RequestBudget budget, SampleRecorder recorder, RequestAction action) {
        try {
            while (budget.tryIssue()) {
                recorder.measure(action);
            }
        } finally {
            if (running.decrementAndGet() == 0) {
                finished.complete(null);
            }
        }
    }
}
