package kata.shop.recommendations;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

import kata.shop.catalog.Catalog;
import kata.shop.catalog.Product;

/**
 * "Customers who bought this also bought": up to three products for a customer.
 *
 * <h2>THE VILLAIN: this class leaks memory on purpose</h2>
 *
 * <p>Every {@link #recommendFor} call stores a {@code byte[leakBytesPerCall]} "session feature
 * snapshot" in a per-customer history that is never trimmed. Under load the heap fills up, garbage
 * collection takes over, and eventually the JVM dies with an {@link OutOfMemoryError} - taking
 * everything else in the same process with it.
 *
 * <p><b>Nobody fixes this leak, ever.</b> It stands for the component every real system has: a
 * vendor library, another team's code, something too risky to touch this quarter. The workshop's
 * lesson is isolation: once the engine runs in its own process behind timeouts and fallbacks, the
 * leak still happens but only the engine dies, and checkout keeps taking orders. A "fix" here would
 * delete the thing the steps need to demonstrate. Use {@code leakBytesPerCall = 0} in tests that are
 * not about the leak.
 *
 * <p>Not final: the steps' tests subclass it to simulate an engine that throws or hangs.
 */
public class RecommendationEngine {

    public static final int DEFAULT_LEAK_BYTES_PER_CALL = 64 * 1024;

    private static final String POPULAR = "popular";
    private static final int MAX_RECOMMENDATIONS = 3;
    private static final int PAGE_BYTES = 4 * 1024;

    private final Catalog catalog;
    private final int leakBytesPerCall;
    private final PurchaseHistory history = new PurchaseHistory();
    // The leak. Grows by one snapshot per recommendFor call and is never trimmed.
    private final ConcurrentHashMap<String, List<byte[]>> sessionSnapshots = new ConcurrentHashMap<>();

    /** @param leakBytesPerCall bytes retained forever per {@link #recommendFor} call; 0 disables the leak */
    public RecommendationEngine(Catalog catalog, int leakBytesPerCall) {
        if (leakBytesPerCall < 0) {
            throw new IllegalArgumentException("leakBytesPerCall must not be negative, was " + leakBytesPerCall);
        }
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.leakBytesPerCall = leakBytesPerCall;
    }

    /** The engine as the workshop runs it: 64 KiB leaked per call. */
    public static RecommendationEngine withDefaultLeak(Catalog catalog) {
        return new RecommendationEngine(catalog, DEFAULT_LEAK_BYTES_PER_CALL);
    }

    /**
     * Up to three products, best first: most bought together with what the customer already has,
     * then best sellers, then catalog order; ties go to the catalog's order. Products the customer
     * already bought come last, so they only appear when nothing else is left.
     */
    public List<Recommendation> recommendFor(String userId) {
        Objects.requireNonNull(userId, "userId");
        retainSessionSnapshot(userId);
        Set<String> bought = history.boughtBy(userId);
        List<Product> products = catalog.all();
        return IntStream.range(0, products.size())
                .mapToObj(position -> score(products.get(position), position, bought))
                .sorted(Candidate.BEST_FIRST)
                .limit(MAX_RECOMMENDATIONS)
                .map(Candidate::toRecommendation)
                .toList();
    }

    /** Thread-safe; each SKU counts once per customer for "also bought", every time for best sellers. */
    public void recordPurchase(String userId, List<String> skus) {
        Objects.requireNonNull(userId, "userId");
        history.record(userId, List.copyOf(skus));
    }

    public int leakBytesPerCall() {
        return leakBytesPerCall;
    }

    /** Measured from what is really held, not counted on the side, so it cannot drift from the truth. */
    public long retainedBytes() {
        long retained = 0;
        for (List<byte[]> snapshots : sessionSnapshots.values()) {
            synchronized (snapshots) { // a synchronizedList must be locked while iterated
                for (byte[] snapshot : snapshots) {
                    retained += snapshot.length;
                }
            }
        }
        return retained;
    }

    public int trackedUsers() {
        return sessionSnapshots.size();
    }

    private void retainSessionSnapshot(String userId) {
        if (leakBytesPerCall == 0) {
            return;
        }
        byte[] snapshot = new byte[leakBytesPerCall];
        // Write into every 4 KiB page so the memory is really committed, not merely reserved.
        for (int offset = 0; offset < snapshot.length; offset += PAGE_BYTES) {
            snapshot[offset] = 1;
        }
        sessionSnapshots.computeIfAbsent(userId, id -> Collections.synchronizedList(new ArrayList<>()))
                .add(snapshot);
    }

    private Candidate score(Product product, int catalogPosition, Set<String> bought) {
        int alsoBought = 0;
        int strongestCount = 0;
        String strongestReason = null;
        for (String earlier : bought) {
            int count = history.customersWhoBoughtBoth(earlier, product.sku());
            alsoBought += count;
            if (count > strongestCount) { // strictly greater: ties keep the customer's earliest purchase
                strongestCount = count;
                strongestReason = "customers who bought " + earlier + " also bought this";
            }
        }
        return new Candidate(product, bought.contains(product.sku()), alsoBought,
                history.timesBought(product.sku()), catalogPosition,
                strongestReason == null ? POPULAR : strongestReason);
    }

    private record Candidate(Product product, boolean alreadyBought, int alsoBought, int timesBought,
                             int catalogPosition, String reason) {

        static final Comparator<Candidate> BEST_FIRST = Comparator
                .comparing(Candidate::alreadyBought) // false first: only re-offer when nothing else is left
                .thenComparing(Comparator.comparingInt(Candidate::alsoBought).reversed())
                .thenComparing(Comparator.comparingInt(Candidate::timesBought).reversed())
                .thenComparingInt(Candidate::catalogPosition);

        Recommendation toRecommendation() {
            return new Recommendation(product.sku(), product.name(), reason);
        }
    }
}
