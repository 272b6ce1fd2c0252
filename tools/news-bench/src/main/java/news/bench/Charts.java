package news.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.knowm.xchart.AnnotationLine;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The run as one PNG (XChart): throughput over time during (a) across the top, the latency distribution of (e) and the
 * CPU per article of every process below.
 */
public final class Charts {
    static final int WIDTH = 1800, HEIGHT = 1100, TOP = 560;
    private static final Color SEARCHABLE = new Color(0x1F77B4), ACKNOWLEDGED = new Color(0xFF7F0E),
            LIMIT = new Color(0x2CA02C), MEAN = new Color(0x7F7F7F), BAR = new Color(0x4C72B0), DIRECT = new Color(0x55A868);

    private Charts() {}

    public static void write(Results r, Path png) throws IOException {
        PngCanvas canvas = new PngCanvas(WIDTH, HEIGHT);
        canvas.place(throughput(r), 0, 0, WIDTH, TOP);
        canvas.place(latency(r), 0, TOP, WIDTH / 2, HEIGHT - TOP);
        canvas.place(cpu(r), WIDTH / 2, TOP, WIDTH / 2, HEIGHT - TOP);
        canvas.save(png);
    }


    private static void style(org.knowm.xchart.style.AxesChartStyler s) {
        s.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 20));
        s.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 16));
        s.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        s.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 15));
        s.setAnnotationTextFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setPlotGridLinesColor(new Color(0xDDDDDD));
        s.setChartTitleBoxVisible(false);
        s.setLegendBorderColor(new Color(0xCCCCCC));
    }

    static XYChart throughput(Results r) {
        Results.EndToEnd e = r.endToEnd();
        XYChart c = new XYChartBuilder().width(WIDTH).height(TOP)
                .title(String.format(Locale.ROOT, "(a) %,d articles through the pipeline: %.1f articles/s end to end = %.2f of the "
                        + "indexing limit (%.1f docs/s)", e.articles(), e.rate(), r.ratio(), r.direct().rate()))
                .xAxisTitle("seconds since the first article was sent").yAxisTitle("articles/s (2 s window)").build();
        style(c.getStyler());
        c.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        c.getStyler().setLegendLayout(Styler.LegendLayout.Horizontal);
        c.getStyler().setXAxisMin(0.0);
        c.getStyler().setYAxisMin(0, 0.0);
        // 2 s: a 1 s window holds zero or two of the index's once-a-second refreshes and jumps between 0 and double
        List<Timeline.Rate> rates = e.timeline().rates(2.0);
        List<Double> t = new ArrayList<>(), searchable = new ArrayList<>(), acked = new ArrayList<>();
        for (Timeline.Rate x : rates) {
            t.add(x.t());
            searchable.add(x.searchable());
            acked.add(x.acknowledged());
        }
        if (t.isEmpty()) {
            t.add(0.0);
            searchable.add(0.0);
            acked.add(0.0);
        }
        double end = Math.max(e.seconds(), t.getLast());
        XYSeries s = c.addSeries("searchable (indexed and refreshed)", t, searchable);
        s.setMarker(SeriesMarkers.NONE);
        s.setLineColor(SEARCHABLE);
        s.setLineStyle(new BasicStroke(2.5f));
        // The ingestor acknowledges far faster than the pipeline indexes: its own axis, on the right, keeps the
        // searchable rate readable.
        XYSeries ack = c.addSeries("acknowledged by the ingestor (202), right axis", t, acked);
        ack.setMarker(SeriesMarkers.NONE);
        ack.setLineColor(ACKNOWLEDGED);
        ack.setLineStyle(new BasicStroke(1.5f));
        ack.setYAxisGroup(1);
        c.setYAxisGroupTitle(1, "acknowledged articles/s (2 s window)");
        c.getStyler().setYAxisGroupPosition(1, Styler.YAxisPosition.Right);
        c.getStyler().setYAxisMin(1, 0.0);
        XYSeries limit = c.addSeries(String.format(Locale.ROOT, "(b) direct bulk into a scratch index: %.1f docs/s",
                r.direct().rate()), List.of(0.0, end), List.of(r.direct().rate(), r.direct().rate()));
        limit.setMarker(SeriesMarkers.NONE);
        limit.setLineColor(LIMIT);
        limit.setLineStyle(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {10f, 6f}, 0f));
        XYSeries mean = c.addSeries(String.format(Locale.ROOT, "(a) mean until all searchable: %.1f articles/s", e.rate()),
                List.of(0.0, e.seconds()), List.of(e.rate(), e.rate()));
        mean.setMarker(SeriesMarkers.NONE);
        mean.setLineColor(MEAN);
        mean.setLineStyle(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 4f}, 0f));
        return c;
    }

    /** Histogram of (e) in 50 ms bins (the poll interval), with the percentiles marked. */
    static XYChart latency(Results r) {
        Results.Latency l = r.latency();
        XYChart c = new XYChartBuilder().width(WIDTH / 2).height(HEIGHT - TOP)
                .title(String.format(Locale.ROOT, "(e) ingest → searchable at %.1f articles/s (%,d articles)", l.rate(), l.articles()))
                .xAxisTitle("latency, ms (50 ms bins)").yAxisTitle("articles").build();
        style(c.getStyler());
        c.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
        c.getStyler().setXAxisMin(0.0);
        c.getStyler().setYAxisMin(0.0);
        double bin = 50;
        double top = Math.max(l.maxMs(), l.p99Ms()) + bin;
        int bins = (int) Math.ceil(top / bin) + 1;
        double[] counts = new double[bins];
        for (Results.Latency.Sample s : l.samples()) {
            counts[(int) Math.min(bins - 1, Math.floor(s.searchableMs() / bin))]++;
        }
        List<Double> x = new ArrayList<>(), y = new ArrayList<>();
        for (int i = 0; i < bins; i++) {
            x.add(i * bin);
            y.add(counts[i]);
        }
        c.getStyler().setLegendVisible(false);
        XYSeries h = c.addSeries("articles per bin", x, y);
        h.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.StepArea);
        h.setMarker(SeriesMarkers.NONE);
        h.setFillColor(new Color(0x1F77B4 | 0x80000000, true));
        h.setLineColor(SEARCHABLE);
        double peak = 0;
        for (double v : counts) {
            peak = Math.max(peak, v);
        }
        c.getStyler().setYAxisMax(peak * 1.25 + 1);
        mark(c, "p50", l.p50Ms(), peak * 1.17 + 0.5);
        mark(c, "p90", l.p90Ms(), peak * 1.10 + 0.5);
        mark(c, "p99", l.p99Ms(), peak * 1.03 + 0.5);
        return c;
    }

    private static void mark(XYChart c, String label, double ms, double y) {
        c.addAnnotation(new AnnotationLine(ms, true, false));
        c.addAnnotation(new AnnotationText(String.format(Locale.ROOT, "%s %.0f ms", label, ms), ms, y, false));
    }

    /** CPU-ms per article of every process during (a), and Elasticsearch's per document in the direct bulk (b). */
    static CategoryChart cpu(Results r) {
        CategoryChart c = new CategoryChartBuilder().width(WIDTH / 2).height(HEIGHT - TOP)
                .title("(d) CPU per article (utime+stime from /proc)").xAxisTitle("process").yAxisTitle("CPU-ms per article").build();
        style(c.getStyler());
        c.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
        c.getStyler().setOverlapped(true);
        c.getStyler().setLabelsVisible(true);
        c.getStyler().setLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        c.getStyler().setLabelsFontColorAutomaticEnabled(false);
        c.getStyler().setLabelsFontColor(Color.BLACK);
        c.getStyler().setLabelsPosition(0.97); // at the top of each bar
        c.getStyler().setDecimalPattern("0.00");
        c.getStyler().setXAxisLabelRotation(20);
        // The direct bulk's cost is a bar of its own beside the search node's pipeline bar (overlaid, their labels
        // collided whenever the two were close).
        List<String> names = new ArrayList<>();
        List<Double> pipeline = new ArrayList<>(), direct = new ArrayList<>();
        r.cpuMsPerArticle().entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(x -> {
                    names.add(x.getKey());
                    pipeline.add(round2(x.getValue()));
                    direct.add(null);
                    if (x.getKey().equals("search")) {
                        names.add("search, direct (b)");
                        pipeline.add(null);
                        direct.add(round2(r.direct().searchCpuMsPerDocument()));
                    }
                });
        c.addSeries("(a) in the pipeline, per article", names, pipeline).setFillColor(BAR);
        c.addSeries("(b) search node in the direct bulk, per document", names, direct).setFillColor(DIRECT);
        return c;
    }

    private static double round2(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
