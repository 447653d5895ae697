package org.acme.users.benchmarks.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.BitmapEncoder.BitmapFormat;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.Styler.LegendPosition;

/** Draws the report's charts with XChart as PNG files: grouped bars, and lines over the seeded size. */
public final class ChartFiles {

    private static final int WIDTH = 960;
    private static final int HEIGHT = 480;

    private final Path directory;

    public ChartFiles(Path directory) {
        this.directory = directory;
    }

    /**
     * Grouped bars: one group per category, one bar per series; a missing value (null) leaves a gap.
     *
     * @return the file name, relative to the chart directory
     */
    public String bars(String fileName, String title, String yTitle, List<String> categories,
            Map<String, List<Double>> series, boolean logarithmic) throws IOException {
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT)
                .title(title).yAxisTitle(yTitle).build();
        chart.getStyler().setLegendPosition(LegendPosition.OutsideE);
        if (logarithmic) {
            // Bars grow from the axis minimum, which is zero unless set: on a log scale, the decade below the least value.
            chart.getStyler().setYAxisLogarithmic(true);
            series.values().stream().flatMap(List::stream).filter(Objects::nonNull).mapToDouble(Double::doubleValue)
                    .min().ifPresent(least -> chart.getStyler().setYAxisMin(Math.pow(10, Math.floor(Math.log10(least)))));
        }
        chart.getStyler().setChartTitleFont(chart.getStyler().getChartTitleFont().deriveFont(16f));
        chart.getStyler().setAvailableSpaceFill(0.8);
        for (Map.Entry<String, List<Double>> entry : series.entrySet()) {
            chart.addSeries(entry.getKey(), categories, new ArrayList<Number>(entry.getValue()));
        }
        return save(chart, fileName);
    }

    /** Lines over a logarithmic x axis, one per series; each series its own x values. */
    public String lines(String fileName, String title, String xTitle, String yTitle,
            Map<String, double[][]> series) throws IOException {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT)
                .title(title).xAxisTitle(xTitle).yAxisTitle(yTitle).build();
        chart.getStyler().setLegendPosition(LegendPosition.OutsideE);
        chart.getStyler().setXAxisLogarithmic(true);
        chart.getStyler().setChartTitleFont(chart.getStyler().getChartTitleFont().deriveFont(16f));
        for (Map.Entry<String, double[][]> entry : series.entrySet()) {
            chart.addSeries(entry.getKey(), entry.getValue()[0], entry.getValue()[1]);
        }
        return save(chart, fileName);
    }

    private String save(Chart<?, ?> chart, String fileName) throws IOException {
        BitmapEncoder.saveBitmap(chart, directory.resolve(fileName).toString(), BitmapFormat.PNG);
        return fileName + ".png";
    }
}
