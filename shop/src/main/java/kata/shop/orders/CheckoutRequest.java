package kata.shop.orders;

import java.util.List;

/**
 * What a customer asks to buy, exactly as it arrived.
 *
 * <p>Deliberately unvalidated: the HTTP layer builds it from whatever JSON it got, nulls and all,
 * and {@link CheckoutService} answers with an {@link InvalidOrderException} that names the bad field.
 * A compact constructor that threw here would turn a client's mistake into a server error.
 *
 * @param idempotencyKey optional; a client retrying the same checkout sends the same key and
 *                       gets the original order back instead of a second one
 */
public record CheckoutRequest(String customerId, List<Item> items, String idempotencyKey) {

    /** One product and how many of it. */
    public record Item(String sku, int quantity) {
    }
}
