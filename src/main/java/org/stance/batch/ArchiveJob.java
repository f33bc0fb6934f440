package org.stance.batch;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import org.stance.data.Label;
import org.stance.model.ModelLoadException;
import org.stance.model.StanceModel;

/**
 * The archive job: reads an archive, analyses every document with the shared article pipeline on
 * the executors, and writes sentences, documents, speakers, groups and rejects (Parquet and CSV)
 * plus a summary, sorted so that the same input always gives the same rows in the same order.
 */
public final class ArchiveJob {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SparkSession spark;
    private final PrintStream console;
    private final long progressMillis;

    public ArchiveJob(SparkSession spark, PrintStream console, long progressMillis) {
        this.spark = spark;
        this.console = console;
        this.progressMillis = progressMillis;
    }

    public ArchiveSummary run(ArchiveOptions options) throws ArchiveException, IOException {
        ArchiveInput input = ArchiveInput.find(options.in(), spark.sparkContext().hadoopConfiguration());
        OutputFolder out = new OutputFolder(options.out(), spark.sparkContext().hadoopConfiguration());
        ModelFiles files = ModelFiles.read(options.model());
        StanceModel model;
        try {
            model = ExecutorModels.preload(options.model(), files);
        } catch (ModelLoadException e) {
            throw new ArchiveException("cannot load the model: " + e.getMessage());
        }
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Broadcast<ModelFiles> broadcast = jsc.broadcast(files);
        List<Dataset<Row>> cached = new ArrayList<>();
        try {
            ArchiveSummary summary = analyseAndWrite(input, options, out, model.id(), broadcast, cached);
            out.commit();
            return summary;
        } catch (ArchiveException | IOException | RuntimeException e) {
            out.abandon();
            throw e;
        } finally {
            cached.forEach(Dataset::unpersist);
            broadcast.destroy();
        }
    }

    private ArchiveSummary analyseAndWrite(ArchiveInput input, ArchiveOptions options, OutputFolder out, String modelId,
                                           Broadcast<ModelFiles> broadcast, List<Dataset<Row>> cached)
            throws ArchiveException, IOException {
        ArchiveReader reader = new ArchiveReader(spark);
        Dataset<Row> raw = reader.read(input);
        List<String> meta = reader.metadataColumns();
        for (String g : options.groupBy()) {
            if (!meta.contains(g)) {
                throw new ArchiveException("--group-by " + g + ": no such metadata column; the archive has "
                        + (meta.isEmpty() ? "none" : String.join(", ", meta)));
            }
        }
        raw = rejectDuplicates(raw).persist(StorageLevel.MEMORY_AND_DISK());
        cached.add(raw);
        long read = raw.count();
        console.printf(Locale.ROOT, "archive: %,d documents in %,d files; model %s%n", read, input.count(), modelId);

        LongAccumulator documentsDone = spark.sparkContext().longAccumulator("documents");
        LongAccumulator sentencesDone = spark.sparkContext().longAccumulator("sentences");
        int partitions = (int) Math.max(spark.sparkContext().defaultParallelism(), Math.min(4000, read / 20));
        Dataset<Row> analysed = raw.repartition(partitions, col(ArchiveSchema.ID))
                .mapPartitions(new DocumentAnalysis(broadcast, meta.size(), documentsDone, sentencesDone),
                        Encoders.row(ArchiveSchema.analysed(meta)))
                .persist(StorageLevel.MEMORY_AND_DISK());
        cached.add(analysed);
        long t0 = System.nanoTime();
        try (Progress p = new Progress(console, read, documentsDone, sentencesDone, progressMillis)) {
            analysed.count();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        console.printf(Locale.ROOT, "archive: analysed %,d sentences in %.2f s (%,.0f sentences/s)%n",
                sentencesDone.value(), seconds, sentencesDone.value() / seconds);

        Dataset<Row> ok = analysed.filter(col(ArchiveSchema.REASON).isNull());
        Dataset<Row> sentences = sentences(ok, meta, modelId);
        Dataset<Row> documents = ok.select(columns(ArchiveSchema.ID, meta, ArchiveSchema.SENTENCES, Label.ids()))
                .orderBy(ArchiveSchema.ID);
        Dataset<Row> rejects = analysed.filter(col(ArchiveSchema.REASON).isNotNull())
                .select(ArchiveSchema.ID, ArchiveSchema.REASON)
                .orderBy(ArchiveSchema.ID, ArchiveSchema.REASON);
        String staging = out.staging().toString();
        long t1 = System.nanoTime();
        write(sentences, staging, "sentences");
        write(documents, staging, "documents");
        write(speakers(sentences), staging, "speakers");
        if (!options.groupBy().isEmpty()) {
            write(groups(documents, options.groupBy()), staging, "groups");
        }
        write(rejects, staging, "rejects");
        long rejected = analysed.filter(col(ArchiveSchema.REASON).isNotNull()).count();
        Row total = ok.agg(sum(ArchiveSchema.SENTENCES)).first();
        ArchiveSummary summary = new ArchiveSummary(read, read - rejected, rejected,
                total.isNullAt(0) ? 0 : total.getLong(0), modelId);
        try (OutputStream s = out.fs().create(new org.apache.hadoop.fs.Path(out.staging(), OutputFolder.SUMMARY))) {
            JSON.writerWithDefaultPrettyPrinter().writeValue(s, summary);
        }
        console.printf(Locale.ROOT, "archive: wrote the outputs in %.2f s%n", (System.nanoTime() - t1) / 1e9);
        return summary;
    }

    /** Two documents with one id would make the output's order depend on chance: both are rejected. */
    private static Dataset<Row> rejectDuplicates(Dataset<Row> raw) {
        Column copies = count(lit(1)).over(Window.partitionBy(ArchiveSchema.ID));
        Column reason = when(col(ArchiveSchema.REASON).isNull().and(copies.gt(1)),
                functionsConcat(lit("duplicate id: "), copies.cast("string"),
                        lit(" documents share it; ids must be unique")))
                .otherwise(col(ArchiveSchema.REASON));
        return raw.withColumn(ArchiveSchema.REASON, reason);
    }

    private static Column functionsConcat(Column... parts) {
        return org.apache.spark.sql.functions.concat(parts);
    }

    private static Dataset<Row> sentences(Dataset<Row> ok, List<String> meta, String modelId) {
        List<Column> cols = new ArrayList<>();
        cols.add(col(ArchiveSchema.ID));
        meta.forEach(m -> cols.add(col(m)));
        cols.add(explode(col(ArchiveSchema.SENTENCES + "_")).as("s"));
        List<Column> flat = new ArrayList<>();
        flat.add(col(ArchiveSchema.ID));
        meta.forEach(m -> flat.add(col(m)));
        for (String f : ArchiveSchema.sentence().fieldNames()) {
            flat.add(col("s." + f).as(f));
        }
        flat.add(lit(modelId).as(ArchiveSchema.MODEL));
        return ok.select(cols.toArray(Column[]::new)).select(flat.toArray(Column[]::new))
                .orderBy(ArchiveSchema.ID, ArchiveSchema.START);
    }

    private static Dataset<Row> speakers(Dataset<Row> sentences) {
        List<Column> aggs = new ArrayList<>();
        for (String l : Label.ids()) {
            aggs.add(sum(when(col(ArchiveSchema.LABEL).equalTo(l), 1L).otherwise(0L)).as(l));
        }
        return sentences.filter(col(ArchiveSchema.SPEAKER).isNotNull())
                .groupBy(ArchiveSchema.SPEAKER)
                .agg(count(lit(1)).as(ArchiveSchema.SENTENCES), aggs.toArray(Column[]::new))
                .orderBy(ArchiveSchema.SPEAKER);
    }

    private static Dataset<Row> groups(Dataset<Row> documents, List<String> by) {
        List<Column> aggs = new ArrayList<>();
        for (String l : Label.ids()) {
            aggs.add(sum(l).as(l));
        }
        Column[] keys = by.stream().map(org.apache.spark.sql.functions::col).toArray(Column[]::new);
        return documents.groupBy(keys)
                .agg(sum(ArchiveSchema.SENTENCES).as(ArchiveSchema.SENTENCES), aggs.toArray(Column[]::new))
                .orderBy(keys);
    }

    private static Column[] columns(String first, List<String> meta, String then, List<String> rest) {
        List<Column> cols = new ArrayList<>();
        cols.add(col(first));
        meta.forEach(m -> cols.add(col(m)));
        cols.add(col(then));
        rest.forEach(r -> cols.add(col(r)));
        return cols.toArray(Column[]::new);
    }

    private static void write(Dataset<Row> sorted, String staging, String name) {
        // Sorted once, written twice.
        Dataset<Row> data = sorted.persist(StorageLevel.MEMORY_AND_DISK());
        data.write().mode(SaveMode.ErrorIfExists).parquet(staging + "/" + name);
        // Quotes doubled inside quoted fields, as OpenCSV and RFC 4180 write them.
        data.write().mode(SaveMode.ErrorIfExists).option("header", true).option("escape", "\"")
                .csv(staging + "/csv/" + name);
        data.unpersist();
    }
}
