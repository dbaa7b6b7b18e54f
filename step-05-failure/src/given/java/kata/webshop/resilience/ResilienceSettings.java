package kata.webshop.resilience;

import java.time.Duration;
import java.util.Map;
import kata.platform.http.ServiceMain;

/**
 * How hard the shop protects itself, in one place. The defaults are production's; every one can
 * be set in the environment (the README's "Run it by hand" shows them), and the tests choose
 * their own, so each target is tested with only its own pattern in play.
 *
 * @param breakerFailures     consecutive failed calls that open the circuit breaker
 * @param breakerOpenFor      how long an open breaker fails fast before it lets one probe through
 * @param bulkheadCalls       recommendation calls in flight at once; one more is refused at once
 * @param retryAttempts       attempts of an idempotent call, the first included (1: no retry)
 * @param retryBase           the first backoff's ceiling; it doubles per attempt
 * @param retryCap            the largest backoff ceiling
 * @param retryBudget         attempts and backoffs together never take longer than this
 * @param concurrentRequests  requests the shop serves at once; one more is shed with a 503
 */
public record ResilienceSettings(int breakerFailures, Duration breakerOpenFor, int bulkheadCalls, int retryAttempts,
                                 Duration retryBase, Duration retryCap, Duration retryBudget, int concurrentRequests) {

    /** Production's: tuned for a page that promises an answer within about a second. */
    public static ResilienceSettings standard() {
        return new ResilienceSettings(5, Duration.ofSeconds(10), 16, 3, Duration.ofMillis(50), Duration.ofMillis(400),
                Duration.ofMillis(900), 64);
    }

    /** {@link #standard()}, with what the environment sets: BREAKER_FAILURES, BREAKER_OPEN_MS, ... */
    public static ResilienceSettings fromEnvironment(Map<String, String> env) {
        ResilienceSettings d = standard();
        return new ResilienceSettings(ServiceMain.intSetting(env, "BREAKER_FAILURES", d.breakerFailures()),
                millis(env, "BREAKER_OPEN_MS", d.breakerOpenFor()),
                ServiceMain.intSetting(env, "BULKHEAD_CALLS", d.bulkheadCalls()),
                ServiceMain.intSetting(env, "RETRY_ATTEMPTS", d.retryAttempts()),
                millis(env, "RETRY_BASE_MS", d.retryBase()), millis(env, "RETRY_CAP_MS", d.retryCap()),
                millis(env, "RETRY_BUDGET_MS", d.retryBudget()),
                ServiceMain.intSetting(env, "CONCURRENT_REQUESTS", d.concurrentRequests()));
    }

    private static Duration millis(Map<String, String> env, String name, Duration defaultValue) {
        return Duration.ofMillis(ServiceMain.intSetting(env, name, (int) defaultValue.toMillis()));
    }
}
