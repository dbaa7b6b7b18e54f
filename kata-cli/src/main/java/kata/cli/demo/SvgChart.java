package kata.cli.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A line chart as inline SVG: seconds on the x axis, one polyline per series, vertical markers
 * for events ("crawler starts", "shop died"). No script, no external asset: the HTML report works
 * from a USB stick on a projector. Sized and lettered to be read from the back of a room.
 */
final class SvgChart {

    private static final int WIDTH = 1000;
    private static final int HEIGHT = 380;
    private static final int LEFT = 80;
    private static final int RIGHT = 20;
    private static final int TOP = 56;
    private static final int BOTTOM = 50;
    private static final int LABEL_ROW = 22;

    /** How a series' points are drawn, so that two series differ by more than colour. */
    enum Point { NONE, CIRCLE, SQUARE }

    /** @param values one per second; a negative value (or NaN) is a gap: nothing was measured */
    record Series(String name, String colour, boolean dashed, Point point, List<Double> values) {
        Series(String name, String colour, boolean dashed, List<Double> values) {
            this(name, colour, dashed, Point.NONE, values);
        }
    }

    record Marker(int second, String label, String colour) {
    }

    private final String title;
    private final String unit;
    private final double yMax;
    private final int seconds;
    private final List<Series> series = new ArrayList<>();
    private final List<Marker> markers = new ArrayList<>();

    SvgChart(String title, String unit, double yMax, int seconds) {
        this.title = title;
        this.unit = unit;
        // The top grid line is labelled and at or above the highest value: no line leaves the scale.
        double wanted = yMax <= 0 ? 1 : yMax;
        double step = niceStep(wanted / 4);
        this.yMax = Math.ceil(wanted / step - 1e-9) * step;
        this.seconds = Math.max(1, seconds);
    }

    SvgChart series(Series s) {
        series.add(s);
        return this;
    }

    SvgChart marker(Marker m) {
        markers.add(m);
        return this;
    }

    String render() {
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\""
                + " role=\"img\" aria-label=\"%s\" font-family=\"sans-serif\">%n", WIDTH, height(), escape(title)));
        svg.append(text(LEFT, 28, 22, "bold", "start", "#222", title));
        grid(svg);
        for (Marker m : markers) {
            double x = x(m.second());
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"%s\""
                    + " stroke-width=\"2\" stroke-dasharray=\"6 4\"/>%n", x, labelY(markers.indexOf(m)) + 6, x,
                    height() - BOTTOM, m.colour()));
        }
        for (Series s : series) {
            for (String points : segments(s.values())) {
                svg.append(String.format(Locale.ROOT, "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"4\""
                                + " stroke-linejoin=\"round\"%s points=\"%s\"/>%n", s.colour(),
                        s.dashed() ? " stroke-dasharray=\"10 6\"" : "", points));
            }
            points(svg, s);
        }
        // Labels last, one row each and with a white halo: no line and no other label runs through one.
        for (int i = 0; i < markers.size(); i++) {
            Marker m = markers.get(i);
            double x = x(m.second());
            boolean roomOnTheRight = x + 8 + m.label().length() * 9 < WIDTH - RIGHT;
            svg.append(haloText(roomOnTheRight ? x + 6 : x - 6, labelY(i), roomOnTheRight ? "start" : "end",
                    m.colour(), m.label()));
        }
        legend(svg);
        svg.append("</svg>\n");
        return svg.toString();
    }

    private void grid(StringBuilder svg) {
        double step = niceStep(yMax / 4);
        for (double v = 0; v <= yMax + 1e-9; v += step) {
            double y = y(v);
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>%n",
                    LEFT, y, WIDTH - RIGHT, y));
            svg.append(text(LEFT - 8, y + 5, 15, "normal", "end", "#444", format(v) + unit));
        }
        int every = seconds > 40 ? 10 : 5;
        for (int s = 0; s <= seconds; s += every) {
            double x = LEFT + (double) s * plotWidth() / seconds;
            svg.append(text(x, height() - BOTTOM + 22, 15, "normal", "middle", "#444", s + " s"));
        }
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#444\"/>%n",
                LEFT, height() - BOTTOM, WIDTH - RIGHT, height() - BOTTOM));
    }

    private void points(StringBuilder svg, Series s) {
        if (s.point() == Point.NONE) {
            return;
        }
        for (int second = 0; second < s.values().size(); second++) {
            Double v = s.values().get(second);
            if (v == null || v.isNaN() || v < 0) {
                continue;
            }
            svg.append(shape(s.point(), x(second + 0.5), y(Math.min(v, yMax)), s.colour()));
        }
    }

    private static String shape(Point point, double x, double y, String colour) {
        return point == Point.SQUARE
                ? String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"9\" height=\"9\" fill=\"%s\"/>%n",
                        x - 4.5, y - 4.5, colour)
                : String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"5\" fill=\"%s\"/>%n", x, y, colour);
    }

    private void legend(StringBuilder svg) {
        double x = WIDTH - RIGHT;
        for (int i = series.size() - 1; i >= 0; i--) {
            Series s = series.get(i);
            double textWidth = s.name().length() * 8.5;
            x -= textWidth;
            svg.append(text(x, 28, 16, "normal", "start", "#222", s.name()));
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"22\" x2=\"%.1f\" y2=\"22\" stroke=\"%s\""
                    + " stroke-width=\"4\"%s/>%n", x - 34, x - 8, s.colour(), s.dashed() ? " stroke-dasharray=\"8 4\"" : ""));
            if (s.point() != Point.NONE) {
                svg.append(shape(s.point(), x - 21, 22, s.colour()));
            }
            x -= 50;
        }
    }

    /** Consecutive measured seconds become one polyline; a gap starts the next. */
    private List<String> segments(List<Double> values) {
        List<String> segments = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int s = 0; s < values.size(); s++) {
            Double v = values.get(s);
            if (v == null || v.isNaN() || v < 0) {
                flush(segments, current);
                continue;
            }
            current.append(String.format(Locale.ROOT, "%.1f,%.1f ", x(s + 0.5), y(Math.min(v, yMax))));
        }
        flush(segments, current);
        return segments;
    }

    private static void flush(List<String> segments, StringBuilder current) {
        String points = current.toString().strip();
        if (!points.isEmpty()) {
            // a single point would be invisible: draw it as a short dash
            segments.add(points.contains(" ") ? points : points + " " + points);
        }
        current.setLength(0);
    }

    private double x(double second) {
        return LEFT + second * plotWidth() / seconds;
    }

    private double y(double value) {
        return plotTop() + (HEIGHT - TOP - BOTTOM) * (1 - value / yMax);
    }

    /** The markers' labels get a row each above the plot, so no label lies on the data. */
    private int plotTop() {
        return TOP + LABEL_ROW * markers.size();
    }

    private int labelY(int index) {
        return TOP + 4 + LABEL_ROW * index;
    }

    private int height() {
        return HEIGHT + LABEL_ROW * markers.size();
    }

    private int plotWidth() {
        return WIDTH - LEFT - RIGHT;
    }

    /** 1, 2, 2.5 or 5 times a power of ten: grid lines at numbers a human reads at a glance. */
    static double niceStep(double rough) {
        double power = Math.pow(10, Math.floor(Math.log10(Math.max(rough, 1e-9))));
        for (double factor : new double[] {1, 2, 2.5, 5, 10}) {
            if (factor * power >= rough) {
                return factor * power;
            }
        }
        return 10 * power;
    }

    private static String format(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }

    private static String text(double x, double y, int size, String weight, String anchor, String colour, String content) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"%d\" font-weight=\"%s\""
                + " text-anchor=\"%s\" fill=\"%s\">%s</text>%n", x, y, size, weight, anchor, colour, escape(content));
    }

    private static String haloText(double x, double y, String anchor, String colour, String content) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"16\" font-weight=\"bold\""
                + " text-anchor=\"%s\" fill=\"%s\" stroke=\"#fff\" stroke-width=\"5\" paint-order=\"stroke\">%s</text>%n",
                x, y, anchor, colour, escape(content));
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
