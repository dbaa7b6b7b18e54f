package kata.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DemoReportTest {

    private final Path reports = Path.of("target", "test-reports", UUID.randomUUID().toString());

    @Test
    void theOutageReportShowsTheCollapse() throws Exception {
        DemoRun outage = Nights.played("outage", true);

        assertThat(outage.verdict()).isEqualTo(
                "checkout success before the leak 100.0 % -> during the leak 87.5 % -> after 0.0 %"); // it died in second 12 of 5..12
        String html = DemoReport.single(outage);
        assertThat(html).contains("<svg").contains("<polyline").contains("shop dies (OOM)").contains("crawler starts")
                .contains(">0.0 %<");
        assertThat(html).as("self-contained").doesNotContain("<script").doesNotContain("src=").doesNotContain("href=");
    }

    @Test
    void bothNightsOnFileGiveABeforeAfterReport() throws Exception {
        List<Path> first = DemoReport.write(reports, saved(Nights.played("outage", true)));
        assertThat(first).extracting(p -> p.getFileName().toString()).containsExactly("demo-outage.html");

        List<Path> second = DemoReport.write(reports, saved(Nights.played("survive", false)));

        assertThat(second).extracting(p -> p.getFileName().toString())
                .containsExactly("demo-survive.html", "demo-before-after.html");
        String html = Files.readString(reports.resolve("demo-before-after.html"));
        assertThat(html).contains("before: the monolith").contains("after: the services")
                .contains("recommender dies (OOM)").contains("monolith dies (OOM)");
    }

    @Test
    void aGapInTheDataIsAGapInTheLine() {
        String svg = new SvgChart("t", " %", 100, 4)
                .series(new SvgChart.Series("s", "#000", false, List.of(100.0, -1.0, 50.0, 50.0)))
                .render();

        assertThat(svg.split("<polyline", -1)).hasSize(3); // two segments
    }

    @Test
    void theBeforeAfterReportTellsTheNightsApartByMoreThanColourAndSaysWhichRunsItPairs() throws Exception {
        DemoRun outage = Nights.played("outage", true);
        DemoRun survive = Nights.played("survive", false);

        String html = DemoReport.beforeAfter(outage, survive);

        assertThat(html).as("before: dashed, with squares").contains("stroke=\"" + DemoReport.BEFORE + "\" stroke-width=\"4\""
                + " stroke-linejoin=\"round\" stroke-dasharray").contains("<rect");
        assertThat(html).as("after: solid, with circles").contains("stroke=\"" + DemoReport.AFTER + "\" stroke-width=\"4\""
                + " stroke-linejoin=\"round\" points=").contains("<circle");
        assertThat(html).as("which runs, and when").contains("before: demo outage, " + outage.startedAt())
                .contains("after: demo survive, " + survive.startedAt());
        assertThat(html).as("a percentage never wraps").contains("white-space:nowrap");
    }

    @Test
    void theTopLabelledTickIsAtOrAboveEveryValue() {
        String svg = new SvgChart("latency", " ms", 137, 3)
                .series(new SvgChart.Series("p99", "#000", false, List.of(10.0, 137.0, 90.0)))
                .render();

        assertThat(svg).as("ticks at 0, 50, 100, 150: 137 ms stays under the top one").contains(">150 ms<")
                .doesNotContain(">200 ms<");
    }

    @Test
    void markerLabelsHaveARowEachAboveThePlotAndAHalo() {
        String svg = new SvgChart("t", " %", 100, 10)
                .series(new SvgChart.Series("s", "#000", false, List.of(100.0, 100.0)))
                .marker(new SvgChart.Marker(5, "monolith dies (OOM)", "#111"))
                .marker(new SvgChart.Marker(5, "recommender dies (OOM)", "#222"))
                .render();

        assertThat(svg).contains("y=\"60.0\" font-size=\"16\"").contains("y=\"82.0\" font-size=\"16\"")
                .contains("paint-order=\"stroke\"");
        assertThat(svg).as("the 100 %% line starts below both label rows (56 + 2 x 22)").contains("y1=\"100.0\"");
    }

    @Test
    void gridStepsAreRoundNumbers() {
        assertThat(SvgChart.niceStep(25)).isEqualTo(25);
        assertThat(SvgChart.niceStep(33)).isEqualTo(50);
        assertThat(SvgChart.niceStep(0.7)).isEqualTo(1);
        assertThat(SvgChart.niceStep(130)).isEqualTo(200);
    }

    private DemoRun saved(DemoRun run) {
        run.save(reports);
        assertThat(DemoRun.load(reports, run.kind())).contains(run);
        return run;
    }
}
