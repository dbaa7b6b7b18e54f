package kata.shop.orders;

/**
 * The customer sent a checkout the shop cannot accept.
 *
 * <p>It names the offending field ({@code "items[0].quantity"}) apart from the human message, so
 * an HTTP layer can point at the field without parsing English.
 */
public final class InvalidOrderException extends RuntimeException {

    private final String field;

    public InvalidOrderException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
