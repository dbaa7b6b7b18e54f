package kata.webshop.resilience;

import java.util.function.Supplier;

/**
 * Keeps a slow dependency from taking every request thread: at most {@code maxConcurrentCalls}
 * calls in flight; one more is refused at once with {@link CallNotMade} - it never waits for a
 * place, for waiting is exactly how a hung service eats a server's threads.
 */
public final class Bulkhead {

    private final int maxConcurrentCalls;

    public Bulkhead(int maxConcurrentCalls) {
        this.maxConcurrentCalls = maxConcurrentCalls;
    }

    public <T> T call(Supplier<T> call) {
        // TODO(target 2): let at most maxConcurrentCalls calls in at once, refuse the next at once,
        //  and give the place back however the call ends. Today a hung service holds them all.
        return call.get();
    }
}
