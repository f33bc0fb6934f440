package org.stance.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.Styler;
import org.stance.data.Label;

/** Stacked bars of a {@link FramingTable}: sentences of each drug frame per 1,000 sentences, one bar per group. */
public final class FramingChart {

    private FramingChart() {
    }

    public static void write(FramingTable table, String title, Path png) throws IOException {
        int width = Math.max(800, 40 + 22 * table.groups().size());
        CategoryChart chart = new CategoryChartBuilder().width(width).height(560).title(title)
                .xAxisTitle(table.by()).yAxisTitle("sentences per 1,000").build();
        chart.getStyler().setStacked(true);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
        chart.getStyler().setXAxisLabelRotation(table.groups().size() > 12 ? 90 : 0);
        chart.getStyler().setChartBackgroundColor(java.awt.Color.WHITE);
        List<String> x = table.groups().stream().map(g -> g.value().isEmpty() ? "(none)" : g.value()).toList();
        for (Label l : List.of(Label.DEMAND, Label.SUPPLY, Label.ENFORCEMENT)) {
            chart.addSeries(l.id(), x, table.groups().stream().map(g -> (Number) g.perThousand(l)).toList());
        }
        BitmapEncoder.saveBitmap(chart, png.toString(), BitmapEncoder.BitmapFormat.PNG);
    }
}
