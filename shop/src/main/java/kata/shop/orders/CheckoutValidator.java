package kata.shop.orders;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static kata.shop.orders.CheckoutService.MAX_LINES;
import static kata.shop.orders.CheckoutService.MAX_QUANTITY;

/**
 * The rules a {@link CheckoutRequest} must follow before the shop prices it.
 *
 * <p>The first broken rule wins: one precise message is more useful to a client than a list.
 * Whether a SKU exists is not checked here; that is the catalog's question.
 */
final class CheckoutValidator {

    private static final int MAX_CUSTOMER_ID_LENGTH = 64;
    private static final int MAX_IDEMPOTENCY_KEY_LENGTH = 128;
    // Customer ids end up in URLs, log lines and hostnames; a small alphabet keeps them safe there.
    private static final Pattern CUSTOMER_ID_ALPHABET = Pattern.compile("[A-Za-z0-9._-]+");

    private CheckoutValidator() {
    }

    static void validate(CheckoutRequest request) {
        validateCustomerId(request.customerId());
        validateIdempotencyKey(request.idempotencyKey());
        validateItems(request.items());
    }

    private static void validateCustomerId(String customerId) {
        if (customerId == null || customerId.isBlank()) {
            throw new InvalidOrderException("customerId", "customerId is required");
        }
        if (customerId.length() > MAX_CUSTOMER_ID_LENGTH) {
            throw new InvalidOrderException("customerId", "customerId must be at most "
                    + MAX_CUSTOMER_ID_LENGTH + " characters, was " + customerId.length());
        }
        if (!CUSTOMER_ID_ALPHABET.matcher(customerId).matches()) {
            throw new InvalidOrderException("customerId",
                    "customerId may only contain letters, digits, '.', '_' and '-'");
        }
    }

    private static void validateIdempotencyKey(String key) {
        if (key == null) {
            return; // optional: without a key every checkout is a new order
        }
        // A blank key would silently collapse all of a customer's keyless checkouts into one order.
        if (key.isBlank()) {
            throw new InvalidOrderException("idempotencyKey",
                    "idempotencyKey must not be blank; leave it out to check out without one");
        }
        if (key.length() > MAX_IDEMPOTENCY_KEY_LENGTH) {
            throw new InvalidOrderException("idempotencyKey", "idempotencyKey must be at most "
                    + MAX_IDEMPOTENCY_KEY_LENGTH + " characters, was " + key.length());
        }
        // A key travels in headers and logs: a line break in it could forge either.
        if (key.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidOrderException("idempotencyKey", "idempotencyKey must not contain control characters");
        }
    }

    private static void validateItems(List<CheckoutRequest.Item> items) {
        if (items == null) {
            throw new InvalidOrderException("items", "items is required");
        }
        if (items.isEmpty() || items.size() > MAX_LINES) {
            throw new InvalidOrderException("items",
                    "items must contain between 1 and " + MAX_LINES + " lines, was " + items.size());
        }
        Map<String, Integer> firstLineBySku = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            validateItem(items.get(i), "items[" + i + "]");
            rejectRepeatedSku(items.get(i).sku(), i, firstLineBySku);
        }
    }

    private static void validateItem(CheckoutRequest.Item item, String field) {
        if (item == null) {
            throw new InvalidOrderException(field, "item is required");
        }
        if (item.sku() == null || item.sku().isBlank()) {
            throw new InvalidOrderException(field + ".sku", "sku is required");
        }
        if (item.quantity() < 1 || item.quantity() > MAX_QUANTITY) {
            throw new InvalidOrderException(field + ".quantity",
                    "quantity must be between 1 and " + MAX_QUANTITY + ", was " + item.quantity());
        }
    }

    /**
     * The same SKU on two lines is rejected, not merged: an order has one line per product, and a
     * client that sends two lines most likely has a bug that merging would hide. Rejecting also
     * keeps MAX_QUANTITY a plain per-line rule.
     */
    private static void rejectRepeatedSku(String sku, int line, Map<String, Integer> firstLineBySku) {
        Integer firstLine = firstLineBySku.putIfAbsent(sku, line);
        if (firstLine != null) {
            throw new InvalidOrderException("items[" + line + "].sku", "sku " + sku
                    + " is already in items[" + firstLine + "]; put the whole quantity on one line");
        }
    }
}
