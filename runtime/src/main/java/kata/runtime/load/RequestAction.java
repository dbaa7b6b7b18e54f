package kata.runtime.load;

/**
 * One request of a load probe, e.g. {@code () -> http.tryGet("/checkout", timeout).isSuccess()}.
 *
 * <p>Return {@code true} for a success, {@code false} for a failure; throwing counts as a
 * failure too, so an action may simply let a connection error fly. The action must only talk
 * to 127.0.0.1 — a load probe is for our own services, never for someone else's.
 */
@FunctionalInterface
public interface RequestAction {

    boolean call() throws Exception;
}
