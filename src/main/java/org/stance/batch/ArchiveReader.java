package org.stance.batch;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.input_file_name;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.posexplode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Reads an archive into one row per document ({@link ArchiveSchema#raw}). JSON lines, CSV and
 * .txt files are read whole by one task each and parsed by {@link DocumentParser}; Parquet by
 * Spark, its text column taken as bytes so that bad UTF-8 is caught as in the other formats.
 * Metadata columns are the union over all files, in the order they first appear.
 */
final class ArchiveReader {

    private static final StructType PARSED = new StructType()
            .add(ArchiveSchema.SOURCE, DataTypes.StringType)
            .add(ArchiveSchema.ID, DataTypes.StringType)
            .add(ArchiveSchema.TEXT, DataTypes.BinaryType)
            .add(ArchiveSchema.REASON, DataTypes.StringType)
            .add("keys", DataTypes.createArrayType(DataTypes.StringType))
            .add("meta", DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType));

    private final SparkSession spark;
    private List<String> metadata = List.of();

    ArchiveReader(SparkSession spark) {
        this.spark = spark;
    }

    List<String> metadataColumns() {
        return metadata;
    }

    Dataset<Row> read(ArchiveInput input) throws ArchiveException {
        Dataset<Row> parsed = spark.createDataFrame(List.of(), PARSED);
        if (!input.binaryFiles().isEmpty()) {
            parsed = parsed.unionByName(spark.read().format("binaryFile")
                    .load(input.binaryFiles().toArray(String[]::new))
                    .select("path", "content")
                    .flatMap(parse(), Encoders.row(PARSED)));
        }
        if (!input.emptyFiles().isEmpty()) {
            List<Row> empty = new ArrayList<>();
            for (String path : input.emptyFiles()) {
                RawDocument d = DocumentParser.emptyFile(path);
                empty.add(RowFactory.create(d.source(), d.id(), null, d.reason(),
                        CollectionConverters.asScala(List.<String>of()).toSeq(),
                        CollectionConverters.asScala(java.util.Map.<String, String>of())));
            }
            parsed = parsed.unionByName(spark.createDataFrame(empty, PARSED));
        }
        if (!input.parquetFiles().isEmpty()) {
            parsed = parsed.unionByName(parquet(input.parquetFiles()));
        }
        metadata = metadataOrder(parsed);
        for (String m : metadata) {
            if (ArchiveSchema.RESERVED.contains(m)) {
                throw new ArchiveException("the archive has a metadata column named '" + m
                        + "', which the outputs use for their own; rename it in the input");
            }
        }
        List<Column> cols = new ArrayList<>(List.of(col(ArchiveSchema.SOURCE), col(ArchiveSchema.ID),
                col(ArchiveSchema.TEXT), col(ArchiveSchema.REASON)));
        for (String m : metadata) {
            cols.add(element_at(col("meta"), lit(m)).as(m));
        }
        return parsed.select(cols.toArray(Column[]::new));
    }

    private static FlatMapFunction<Row, Row> parse() {
        return row -> {
            List<Row> out = new ArrayList<>();
            for (RawDocument d : new DocumentParser().parse(row.getString(0), (byte[]) row.get(1))) {
                out.add(RowFactory.create(d.source(), d.id(), d.text(), d.reason(),
                        CollectionConverters.asScala(d.keys()).toSeq(),
                        CollectionConverters.asScala(d.meta())));
            }
            return out.iterator();
        };
    }

    private Dataset<Row> parquet(List<String> files) throws ArchiveException {
        Dataset<Row> p = spark.read().parquet(files.toArray(String[]::new));
        List<String> names = Arrays.asList(p.columns());
        if (!names.contains(ArchiveSchema.ID) || !names.contains(ArchiveSchema.TEXT)) {
            throw new ArchiveException("the Parquet files have no 'id' and 'text' columns (they have "
                    + String.join(", ", names) + ")");
        }
        List<Column> keys = new ArrayList<>();
        List<Column> entries = new ArrayList<>();
        for (String n : names) {
            if (!n.equals(ArchiveSchema.ID) && !n.equals(ArchiveSchema.TEXT)) {
                keys.add(lit(n));
                entries.add(lit(n));
                entries.add(col(n).cast("string"));
            }
        }
        return p.select(input_file_name().as(ArchiveSchema.SOURCE),
                col(ArchiveSchema.ID).cast("string").as(ArchiveSchema.ID),
                col(ArchiveSchema.TEXT).cast("binary").as(ArchiveSchema.TEXT),
                lit(null).cast("string").as(ArchiveSchema.REASON),
                org.apache.spark.sql.functions.array(keys.toArray(Column[]::new)).cast("array<string>").as("keys"),
                org.apache.spark.sql.functions.map(entries.toArray(Column[]::new)).cast("map<string,string>").as("meta"));
    }

    /** Each key at the earliest position it takes in any document, ties by name: the same for every run. */
    private static List<String> metadataOrder(Dataset<Row> parsed) {
        List<Row> rows = parsed.select(posexplode(col("keys")))
                .groupBy("col").agg(min("pos").as("pos"))
                .orderBy("pos", "col")
                .collectAsList();
        return rows.stream().map(r -> r.getString(0)).toList();
    }
}
