package org.stance.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.stance.batch.ArchiveException;
import org.stance.batch.FramingChart;
import org.stance.batch.FramingTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "chart", mixinStandardHelpOptions = true,
        description = "Draw the framing of drugs per value of a metadata column from an archive job's documents CSV: "
                + "a PNG of stacked bars (sentences of each frame per 1,000) and the table as markdown.")
final class ChartCommand implements Callable<Integer> {

    @Option(names = "--in", required = true, description = "The job's <out>/csv/documents folder (or one CSV file).")
    Path in;

    @Option(names = "--by", required = true, description = "Metadata column to group by (president, decade, ...).")
    String by;

    @Option(names = "--order-by", description = "Numeric column whose smallest value orders the groups (year); default: by value.")
    String orderBy;

    @Option(names = "--png", required = true, description = "Chart to write.")
    Path png;

    @Option(names = "--table", description = "Markdown table to write.")
    Path table;

    @Option(names = "--title", description = "Chart title (default: ${DEFAULT-VALUE}).")
    String title = "Drug frames";

    @Override
    public Integer call() throws Exception {
        System.setProperty("java.awt.headless", "true");
        FramingTable t;
        try {
            t = FramingTable.read(in, by, orderBy);
        } catch (ArchiveException e) {
            throw new Failure(e.getMessage());
        }
        FramingChart.write(t, title, png);
        if (table != null) {
            Files.writeString(table, t.markdown(), StandardCharsets.UTF_8);
        }
        System.out.println("wrote " + png + (table == null ? "" : " and " + table) + " (" + t.groups().size() + " groups)");
        return 0;
    }
}
