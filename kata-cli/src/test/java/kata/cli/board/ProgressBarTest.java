package kata.cli.board;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProgressBarTest {

    @Test
    void asciiBar() {
        assertThat(ProgressBar.of(7, 19, 19, false)).isEqualTo("[#######............]");
        assertThat(ProgressBar.of(0, 5, 10, false)).isEqualTo("[..........]");
        assertThat(ProgressBar.of(5, 5, 10, false)).isEqualTo("[##########]");
    }

    @Test
    void onlyFullWhenAllIsDone() {
        assertThat(ProgressBar.of(99, 100, 10, false)).isEqualTo("[#########.]");
    }

    @Test
    void noTargetsIsAnEmptyBar() {
        assertThat(ProgressBar.of(0, 0, 4, false)).isEqualTo("[....]");
    }

    @Test
    void unicodeBarForUtf8Terminals() {
        assertThat(ProgressBar.of(1, 2, 4, true)).isEqualTo("\u2588\u2588\u2591\u2591");
    }

    @Test
    void wrapsAtWordsWithPrefixAndIndent() {
        assertThat(TextWrap.wrap("one two three four", 14, "  Hint: ", "        "))
                .containsExactly("  Hint: one", "        two", "        three", "        four");
        assertThat(TextWrap.wrap("short", 80, "> ", "  ")).containsExactly("> short");
    }
}
