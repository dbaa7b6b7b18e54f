package kata.webshop.orders;

/**
 * The order could not be handed over for provisioning: the broker is unreachable, or did not
 * confirm the message in time. Checkout answers 503: the customer must not believe an order was
 * accepted that may be lost.
 */
public final class OrderNotAccepted extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public OrderNotAccepted(String reason, Throwable cause) {
        super(reason, cause);
    }
}
