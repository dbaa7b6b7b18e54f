package kata.shop.recommendations;

/**
 * A product suggested to a customer, with why: "customers who bought VPS-SSD-4GB also bought this"
 * or "popular".
 */
public record Recommendation(String sku, String name, String reason) {
}
