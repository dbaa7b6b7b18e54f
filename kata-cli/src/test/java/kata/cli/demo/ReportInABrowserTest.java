package kata.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kata.testkit.browser.HeadlessChromium;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The before/after report as a trainer's projector shows it: laid out by a real browser
 * (headless Chromium, when the machine has one; skipped otherwise), at the widths a laptop
 * projects. A script added to a copy of the page measures what a person would see: a tile whose
 * percentage wraps, or two chart labels on top of each other.
 */
class ReportInABrowserTest {

    /** Measures, then writes its findings into the page, which {@code --dump-dom} prints. */
    private static final String MEASURE = """
            <script>
            const problems = [];
            document.querySelectorAll('.big').forEach(big => {
              const text = document.createRange();
              text.selectNodeContents(big); // one client rect per line the text takes
              const lines = new Set([...text.getClientRects()].map(r => Math.round(r.top))).size;
              if (lines !== 1 || big.scrollWidth > big.parentElement.clientWidth) {
                problems.push('tile wraps or overflows: ' + big.textContent);
              }
            });
            document.querySelectorAll('svg').forEach(svg => {
              const labels = [...svg.querySelectorAll('text[paint-order]')].map(t => [t.textContent, t.getBBox()]);
              labels.forEach(([a, boxA], i) => labels.slice(i + 1).forEach(([b, boxB]) => {
                const apart = boxA.x + boxA.width <= boxB.x || boxB.x + boxB.width <= boxA.x
                    || boxA.y + boxA.height <= boxB.y || boxB.y + boxB.height <= boxA.y;
                if (!apart) problems.push('labels overlap: ' + a + ' / ' + b);
              }));
            });
            const out = document.createElement('pre');
            out.id = 'kata-check';
            out.textContent = 'checked ' + document.querySelectorAll('.big').length + ' tiles; '
                + (problems.length ? problems.join('; ') : 'no problem');
            document.body.appendChild(out);
            </script>
            """;

    @ParameterizedTest(name = "{0} px wide")
    @ValueSource(ints = {1024, 1280})
    void theBeforeAfterReportHasNoWrappedTileAndNoOverlappingLabel(int width) throws Exception {
        Optional<Path> chromium = HeadlessChromium.binary();
        assumeThat(chromium).as("no Chromium on this machine (Debian: apt-get install chromium); the report was"
                + " not laid out by a browser").isPresent();
        Path page = Path.of("target", "browser-check", UUID.randomUUID() + ".html").toAbsolutePath();
        Files.createDirectories(page.getParent());
        String html = DemoReport.beforeAfter(Nights.played("outage", true), Nights.played("survive", false));
        Files.writeString(page, html.replace("</body>", MEASURE + "</body>"), StandardCharsets.UTF_8);

        String dom = dumpDom(chromium.get(), page, width);

        Matcher verdict = Pattern.compile("<pre id=\"kata-check\">([^<]*)</pre>").matcher(dom);
        assertThat(verdict.find()).as("the page's own check ran in Chromium").isTrue();
        assertThat(verdict.group(1)).isEqualTo("checked 6 tiles; no problem");
    }

    private static String dumpDom(Path chromium, Path page, int width) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(page.getParent(), "profile");
        Process browser = new ProcessBuilder(List.of(chromium.toString(), "--headless=new", "--no-sandbox",
                "--disable-gpu", "--user-data-dir=" + profile, "--window-size=" + width + ",900",
                "--virtual-time-budget=2000", "--dump-dom", page.toUri().toString()))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            String dom = new String(browser.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(browser.waitFor(60, TimeUnit.SECONDS)).as("Chromium ended").isTrue();
            return dom;
        } finally {
            browser.destroyForcibly();
        }
    }
}
