package org.stance.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.stance.batch.ArchiveException;
import org.stance.batch.ArchiveJob;
import org.stance.batch.ArchiveOptions;
import org.stance.batch.ArchiveSummary;
import org.stance.batch.SparkSessions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "archive", mixinStandardHelpOptions = true,
        description = "Classify a whole archive on Apache Spark: JSON lines or CSV with id and text (other columns pass "
                + "through), Parquet with the same, or .txt files (the file name is the id). Writes sentences, documents, "
                + "speakers, groups and rejects as Parquet under OUT/<name>/ and CSV under OUT/csv/<name>/, and OUT/summary.json.")
final class ArchiveCommand implements Callable<Integer> {

    @Option(names = "--in", required = true, description = "A file, a folder (read recursively) or a glob such as 'archive/*.jsonl'.")
    String in;

    @Option(names = "--out", required = true, description = "Output folder; an earlier output there is replaced once the new one is complete.")
    String out;

    @Option(names = "--master", description = "Spark master (default: ${DEFAULT-VALUE}, all cores of this machine; "
            + "under spark-submit the submit line's master is used).")
    String master = "local[*]";

    @Option(names = "--group-by", split = ",", paramLabel = "COL", description = "Metadata columns to aggregate by (comma-separated).")
    List<String> groupBy = new ArrayList<>();

    @Option(names = "--no-ui", description = "Do not start Spark's web UI.")
    boolean noUi;

    @Mixin
    ModelOption model;

    @Override
    public Integer call() throws Exception {
        PrintStream console = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        long t0 = System.nanoTime();
        // spark-submit sets spark.master; a master given here would override the cluster's.
        String chosen = System.getProperty("spark.master") != null ? null : master;
        SparkSession spark = SparkSessions.start(chosen, !noUi);
        try {
            console.printf(Locale.ROOT, "archive: Spark %s on %s started in %.2f s%s%n", spark.version(),
                    spark.sparkContext().master(), (System.nanoTime() - t0) / 1e9,
                    spark.sparkContext().uiWebUrl().isDefined() ? "; UI at " + spark.sparkContext().uiWebUrl().get() : "");
            ArchiveSummary s = new ArchiveJob(spark, console, 2000)
                    .run(new ArchiveOptions(in, out, model.dir, groupBy));
            System.out.printf(Locale.ROOT, "read %d, classified %d, rejected %d, sentences %d, model %s -> %s%n",
                    s.read(), s.classified(), s.rejected(), s.sentences(), s.model(), out);
            console.printf(Locale.ROOT, "archive: total %.2f s%n", (System.nanoTime() - t0) / 1e9);
            return 0;
        } catch (ArchiveException e) {
            throw new Failure(e.getMessage());
        } finally {
            spark.stop();
        }
    }
}
