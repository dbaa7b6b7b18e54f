package kata.shop.recommendations;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who bought what, as the recommendation engine needs it: each customer's SKUs, how many customers
 * bought both of two SKUs, and how often each SKU was bought.
 *
 * <p>Thread-safe through {@code synchronized}. Each answer is consistent on its own; a ranking built
 * from several answers may straddle a concurrent purchase, which is fine for suggestions.
 */
final class PurchaseHistory {

    /** An unordered pair: buying A then B is the same co-purchase as buying B then A. */
    private record SkuPair(String first, String second) {
        static SkuPair of(String a, String b) {
            return a.compareTo(b) <= 0 ? new SkuPair(a, b) : new SkuPair(b, a);
        }
    }

    private final Map<String, Set<String>> boughtByCustomer = new HashMap<>();
    private final Map<SkuPair, Integer> customersWhoBoughtBoth = new HashMap<>();
    private final Map<String, Integer> timesBought = new HashMap<>();

    synchronized void record(String userId, List<String> skus) {
        Set<String> bought = boughtByCustomer.computeIfAbsent(userId, id -> new LinkedHashSet<>());
        for (String sku : skus) {
            timesBought.merge(sku, 1, Integer::sum);
            // A pair counts customers, not purchases: a customer who buys a SKU again adds nothing.
            if (bought.contains(sku)) {
                continue;
            }
            for (String earlier : bought) {
                customersWhoBoughtBoth.merge(SkuPair.of(earlier, sku), 1, Integer::sum);
            }
            bought.add(sku);
        }
    }

    /** A copy, in the order the customer first bought each SKU. */
    synchronized Set<String> boughtBy(String userId) {
        return new LinkedHashSet<>(boughtByCustomer.getOrDefault(userId, Set.of()));
    }

    synchronized int customersWhoBoughtBoth(String sku, String otherSku) {
        return customersWhoBoughtBoth.getOrDefault(SkuPair.of(sku, otherSku), 0);
    }

    synchronized int timesBought(String sku) {
        return timesBought.getOrDefault(sku, 0);
    }
}
