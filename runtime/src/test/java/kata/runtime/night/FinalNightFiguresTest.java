package kata.runtime.night;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class FinalNightFiguresTest {

    private static final FinalNightFigures AFTER = new FinalNightFigures("after: services", 1200, 2, 2,
            Duration.ofMillis(294), 1198, 1198, 0.4606, 3, 0);
    private static final FinalNightFigures BEFORE = new FinalNightFigures("before: monolith", 1200, 1048, 0,
            Duration.ofMillis(27), 152, 151, 0.128, 0, 0);

    @Test
    void theKillsCheckoutsAreCountedApartAndLostIsAcceptedButNotProvisioned() {
        assertThat(AFTER.checkoutOk()).isEqualTo(1198 / 1200.0);
        assertThat(AFTER.checkoutOkApartFromTheKill()).isEqualTo(1.0);
        assertThat(BEFORE.lost()).isEqualTo(1);
    }

    @Test
    void rowsLineUpUnderTheHeaderWithin100ColumnsAndPercentsRoundDown() {
        assertThat(FinalNightFigures.header()).hasSizeLessThanOrEqualTo(100);
        assertThat(AFTER.row()).hasSameSizeAs(FinalNightFigures.header()).contains(" 99.83 % ").contains(" 2 (2) ")
                .contains(" 294 ms ").contains(" 46.0 % ");
        assertThat(BEFORE.row()).hasSameSizeAs(FinalNightFigures.header()).contains(" 12.66 % ").contains("1048 (0)");
    }
}
