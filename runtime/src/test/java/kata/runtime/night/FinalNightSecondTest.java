package kata.runtime.night;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FinalNightSecondTest {

    @Test
    void aSecondIsOneLineUnder100ColumnsWithItsEvents() {
        FinalNightSecond quiet = new FinalNightSecond(3, 40, 40, 31.4, 20, 20, 10, 10, List.of());
        FinalNightSecond busy = new FinalNightSecond(10, 40, 38, 371, 20, 0, 10, 10,
                List.of("shop-b killed", "shop-b started again"));

        assertThat(quiet.line()).isEqualTo("  3 s  checkout  40/40  p99   31 ms  recs  20/20  pages 10/10");
        assertThat(busy.line()).endsWith("pages 10/10 shop-b killed, shop-b started again")
                .contains("checkout  38/40").contains("recs   0/20");
        assertThat(("  " + busy.line()).length()).as("the demo's line, indented").isLessThanOrEqualTo(100);
    }
}
