package kata.shop.recommendations;

import java.util.List;

import org.junit.jupiter.api.Test;

import kata.shop.Concurrently;

import static org.assertj.core.api.Assertions.assertThat;

class PurchaseHistoryTest {

    private final PurchaseHistory history = new PurchaseHistory();

    @Test
    void aPairIsTheSameWhicheverSkuCameFirst() {
        history.record("u1", List.of("A", "B"));
        history.record("u2", List.of("B", "A"));

        assertThat(history.customersWhoBoughtBoth("A", "B")).isEqualTo(2);
        assertThat(history.customersWhoBoughtBoth("B", "A")).isEqualTo(2);
    }

    @Test
    void remembersWhatACustomerBoughtInTheOrderTheyFirstBoughtIt() {
        history.record("u1", List.of("C", "A"));
        history.record("u1", List.of("B", "C"));

        assertThat(history.boughtBy("u1")).containsExactly("C", "A", "B");
        assertThat(history.timesBought("C")).isEqualTo(2);
    }

    @Test
    void losesNoPurchaseRecordedConcurrently() throws Exception {
        int threads = 8;
        int purchasesPerThread = 200;

        Concurrently.onThreads(threads, () -> {
            for (int i = 0; i < purchasesPerThread; i++) {
                history.record(Thread.currentThread().getName() + "-" + i, List.of("A", "B"));
            }
            return null;
        });

        assertThat(history.customersWhoBoughtBoth("A", "B")).isEqualTo(threads * purchasesPerThread);
        assertThat(history.timesBought("A")).isEqualTo(threads * purchasesPerThread);
    }
}
