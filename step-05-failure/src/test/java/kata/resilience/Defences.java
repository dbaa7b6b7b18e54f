package kata.resilience;

import java.time.Duration;
import kata.webshop.resilience.ResilienceSettings;

/**
 * The settings of one test: every defence switched off (limits no test reaches, one attempt), but
 * the ones it names, so that each target is tested with only its own pattern in play:
 * {@code Defences.none().breaker(5, Duration.ofMillis(800))}.
 */
final class Defences {

    private int breakerFailures = 1_000;
    private Duration breakerOpenFor = Duration.ofSeconds(60);
    private int bulkheadCalls = 1_000;
    private int retryAttempts = 1;
    private Duration retryBase = Duration.ofMillis(10);
    private Duration retryCap = Duration.ofMillis(10);
    private Duration retryBudget = Duration.ofSeconds(5);
    private int concurrentRequests = 1_000;

    private Defences() {
    }

    static Defences none() {
        return new Defences();
    }

    Defences breaker(int failures, Duration openFor) {
        breakerFailures = failures;
        breakerOpenFor = openFor;
        return this;
    }

    Defences bulkhead(int calls) {
        bulkheadCalls = calls;
        return this;
    }

    Defences retry(int attempts, Duration base, Duration cap, Duration budget) {
        retryAttempts = attempts;
        retryBase = base;
        retryCap = cap;
        retryBudget = budget;
        return this;
    }

    Defences shedding(int requestsAtOnce) {
        concurrentRequests = requestsAtOnce;
        return this;
    }

    ResilienceSettings settings() {
        return new ResilienceSettings(breakerFailures, breakerOpenFor, bulkheadCalls, retryAttempts, retryBase, retryCap,
                retryBudget, concurrentRequests);
    }
}
