package kata.webshop.api;

import java.util.List;
import kata.shop.orders.CheckoutRequest;

/** The JSON a client posts to {@code /checkout}. Validation is the domain's job, not the parser's. */
public record CheckoutBody(String customerId, List<CheckoutRequest.Item> items, String idempotencyKey) {

    /** The {@code Idempotency-Key} header wins over the body field: it is the HTTP convention. */
    public CheckoutRequest toRequest(String idempotencyKeyHeader) {
        String key = idempotencyKeyHeader != null && !idempotencyKeyHeader.isBlank() ? idempotencyKeyHeader : idempotencyKey;
        return new CheckoutRequest(customerId, items, key);
    }
}
