package kata.shop.orders;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrderTest {

    @Test
    void aLineCostsItsUnitPriceTimesItsQuantity() {
        assertThat(new OrderLine("SMALL", "Small", 3, 9_900).totalOre()).isEqualTo(29_700L);
    }

    @Test
    void aLineTotalThatOverflowsFailsInsteadOfWrappingAround() {
        OrderLine line = new OrderLine("HUGE", "Huge", 2, Long.MAX_VALUE / 2 + 1);

        assertThatThrownBy(line::totalOre).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void aLineNeedsAPositiveQuantityAndPrice() {
        assertThatThrownBy(() -> new OrderLine("SMALL", "Small", 0, 9_900))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OrderLine("SMALL", "Small", 1, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anOrderKeepsItsOwnCopyOfTheLines() {
        List<OrderLine> lines = new ArrayList<>(List.of(new OrderLine("SMALL", "Small", 1, 9_900)));
        Order order = new Order("ord-1", "alice", lines, 9_900, Instant.EPOCH, null);

        lines.add(new OrderLine("LARGE", "Large", 1, 29_900));

        assertThat(order.lines()).hasSize(1);
        assertThatThrownBy(() -> order.lines().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
