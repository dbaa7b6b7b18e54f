package kata.runtime.load;

import java.util.concurrent.CompletableFuture;

/**
 * How requests are sent: {@link ClosedLoop} (n users, each waiting for its answer before the
 * next request) or {@link OpenLoop} (arrivals at a fixed rate, whether or not the service keeps
 * up). Both ask the {@link RequestBudget} before every request and record into a
 * {@link SampleRecorder}; {@link RunningLoad} drives their life cycle.
 */
interface LoadShape {

    void start();

    /** Completes when the shape has stopped issuing and its last request has returned. */
    CompletableFuture<Void> finished();

    /** No new requests from now on; those in flight may finish. */
    void stopIssuing();
}
