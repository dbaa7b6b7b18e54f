package kata.provisioning;

/**
 * How the provisioning service misbehaves, changed at run time with {@code POST /behaviour}.
 *
 * @param delayMillis    every create takes this long to answer (after the servers exist: the
 *                       work is done, only the answer is slow, like a real cloud API)
 * @param hang           creates never answer (until the behaviour changes or the service stops)
 * @param failNext       the next n creates answer 503 and create nothing (a transient failure)
 * @param refuseSku      a create with this SKU answers 422 and creates nothing (a permanent failure)
 */
public record Behaviour(int delayMillis, boolean hang, int failNext, String refuseSku) {
}
