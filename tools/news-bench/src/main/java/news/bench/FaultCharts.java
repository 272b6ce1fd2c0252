package news.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.knowm.xchart.AnnotationLine;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The fault run as one PNG (XChart): consumer lag of each stage group over time with every fault marked (a numbered
 * line where it was injected, matching the table's #), and below it the articles due by the pusher's schedule against
 * those acknowledged (the ingestor's and the broker's outages show as the acknowledged line falling behind).
 */
public final class FaultCharts {
    static final int WIDTH = 1800, HEIGHT = 1100, TOP = 700;
    private static final Color[] GROUP = {new Color(0x1F77B4), new Color(0xFF7F0E), new Color(0x2CA02C), new Color(0x9467BD)};

    private FaultCharts() {}

    public static void write(FaultResults r, Path png) throws IOException {
        PngCanvas canvas = new PngCanvas(WIDTH, HEIGHT);
        canvas.place(lag(r), 0, 0, WIDTH, TOP);
        canvas.place(progress(r), 0, TOP, WIDTH, HEIGHT - TOP);
        canvas.save(png);
    }


    private static void style(XYChart c) {
        Styler s = c.getStyler();
        s.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 20));
        c.getStyler().setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 16));
        c.getStyler().setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        s.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 15));
        s.setAnnotationTextFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        c.getStyler().setPlotGridLinesColor(new Color(0xDDDDDD));
        s.setChartTitleBoxVisible(false);
        s.setLegendBorderColor(new Color(0xCCCCCC));
        s.setLegendPosition(Styler.LegendPosition.OutsideS);
        s.setLegendLayout(Styler.LegendLayout.Horizontal);
        c.getStyler().setXAxisMin(0.0);
    }

    static XYChart lag(FaultResults r) {
        DeliveryCheck.ExactlyOnce e = r.exactlyOnce();
        XYChart c = new XYChartBuilder().width(WIDTH).height(TOP)
                .title(String.format(Locale.ROOT, "consumer lag under %d faults (%s): %,d acknowledged, %,d lost, %,d extra",
                        r.faults().size(), r.setup().instances(), e.acknowledged(), e.lost().size(),
                        e.extra().size() + e.duplicated().size()))
                .xAxisTitle("seconds since the run began (numbered lines: the faults of the table)")
                .yAxisTitle("lag, records (committed → log end)").build();
        style(c);
        c.getStyler().setYAxisMin(0.0);
        Set<String> groups = new LinkedHashSet<>();
        for (LagSeries.Sample s : r.lag().samples()) {
            if (s.known()) {
                groups.addAll(s.lagByGroup().keySet());
            }
        }
        double peak = 1, end = 1;
        int k = 0;
        for (String group : groups) {
            List<Double> t = new ArrayList<>(), y = new ArrayList<>();
            for (LagSeries.Sample s : r.lag().samples()) {
                end = Math.max(end, s.t());
                if (s.known() && s.lagByGroup().containsKey(group)) {
                    t.add(s.t());
                    y.add((double) s.lagByGroup().get(group));
                    peak = Math.max(peak, s.lagByGroup().get(group));
                } else {
                    // a gap: the broker did not answer
                    t.add(s.t());
                    y.add(Double.NaN);
                }
            }
            if (t.isEmpty()) {
                continue;
            }
            XYSeries series = c.addSeries(group + " group", t, y);
            series.setMarker(SeriesMarkers.NONE);
            series.setLineColor(GROUP[k++ % GROUP.length]);
            series.setLineStyle(new BasicStroke(2f));
        }
        if (groups.isEmpty()) {
            c.addSeries("(no lag observed)", List.of(0.0), List.of(0.0)).setMarker(SeriesMarkers.NONE);
        }
        c.getStyler().setYAxisMax(peak * 1.15);
        c.getStyler().setXAxisMax(end);
        int i = 0;
        for (FaultResults.Outcome o : r.faults()) {
            i++;
            c.addAnnotation(new AnnotationLine(o.injectedAt(), true, false));
            // stagger the labels so that faults close together stay legible
            double y = peak * (1.11 - 0.05 * ((i - 1) % 4));
            c.addAnnotation(new AnnotationText(i + " " + shortName(o.fault()), o.injectedAt(), y, false));
        }
        return c;
    }

    static String shortName(FaultSchedule.Fault f) {
        return switch (f.kind()) {
            case KILL -> "kill " + f.target();
            case PAUSE -> "pause " + f.target();
            case ADD -> "+" + f.target();
            case REMOVE -> "−" + f.target();
            case POISON -> "poison " + f.target().replace("news.", "");
            case RESEND -> "resend";
        };
    }

    static XYChart progress(FaultResults r) {
        XYChart c = new XYChartBuilder().width(WIDTH).height(HEIGHT - TOP)
                .title(String.format(Locale.ROOT, "the pusher: %,d articles at %.1f/s, each sent again until acknowledged (202)",
                        r.setup().articles(), r.setup().rate()))
                .xAxisTitle("seconds since the run began").yAxisTitle("articles").build();
        style(c);
        c.getStyler().setYAxisMin(0.0);
        List<Double> x = new ArrayList<>(), due = new ArrayList<>(), acked = new ArrayList<>();
        for (FaultResults.Progress p : r.progress()) {
            x.add(p.t());
            due.add((double) p.due());
            acked.add((double) p.acknowledged());
        }
        if (x.isEmpty()) {
            x.add(0.0);
            due.add(0.0);
            acked.add(0.0);
        }
        double end = r.lag().samples().isEmpty() ? x.getLast() : Math.max(x.getLast(), r.lag().samples().getLast().t());
        c.getStyler().setXAxisMax(end);
        XYSeries d = c.addSeries("due by the schedule", x, due);
        d.setMarker(SeriesMarkers.NONE);
        d.setLineColor(new Color(0x7F7F7F));
        d.setLineStyle(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
        XYSeries a = c.addSeries("acknowledged (202)", x, acked);
        a.setMarker(SeriesMarkers.NONE);
        a.setLineColor(new Color(0x1F77B4));
        a.setLineStyle(new BasicStroke(2.5f));
        for (FaultResults.Outcome o : r.faults()) {
            c.addAnnotation(new AnnotationLine(o.injectedAt(), true, false));
        }
        return c;
    }
}
