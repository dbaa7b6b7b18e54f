package kata.shop.orders;

/**
 * A retry must repeat the request it retries. The same idempotency key with other items is not
 * a retry but a second checkout under a used name: refused, so that neither order is guessed.
 * (The HTTP layer answers 422, as the IETF Idempotency-Key draft says.)
 */
public final class IdempotencyKeyReusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public IdempotencyKeyReusedException(String key) {
        super("Idempotency-Key " + key + " was already used for a different order");
    }
}
