package org.stance.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.opencsv.CSVReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stance.analysis.AnalyzedSentence;
import org.stance.analysis.ArticleAnalyzer;
import org.stance.data.Label;
import org.stance.model.ModelArtifact;
import org.stance.model.StanceModel;

/**
 * The archive job in Spark local mode over a generated archive with broken documents mixed in:
 * its sentences equal the in-process article pipeline's row for row, rejects carry their reasons,
 * the aggregates add up, and a second run writes the same output in place of the first.
 */
class ArchiveJobTest {

    private static final Path MODEL = Path.of("model");
    private static final List<String> SENTENCE_HEADER = List.of("id", "outlet", "year", "start", "end", "speaker", "label",
            "confidence", "score_demand", "score_supply", "score_enforcement", "score_none", "model");

    @TempDir
    static Path tmp;
    private static SparkSession spark;
    private static ArchiveFixture fixture;
    private static ArchiveSummary first;
    private static Map<String, List<String[]>> firstCsv;
    private static Path out;

    @BeforeAll
    static void run() throws Exception {
        spark = SparkSession.builder().master("local[2]").appName("archive-test")
                .config("spark.ui.enabled", false)
                .config("spark.sql.shuffle.partitions", 4)
                .getOrCreate();
        fixture = new ArchiveFixture();
        Path in = tmp.resolve("archive");
        fixture.write(in);
        writeParquet(in.resolve("more.parquet"));
        out = tmp.resolve("out");
        first = job().run(options(in.toString(), List.of("year")));
        firstCsv = readCsv(out);
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    private static ArchiveJob job() {
        return new ArchiveJob(spark, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), 60_000);
    }

    private static ArchiveOptions options(String in, List<String> groupBy) {
        return new ArchiveOptions(in, out.toString(), MODEL, groupBy);
    }

    private static void writeParquet(Path file) {
        StructType schema = new StructType().add("id", DataTypes.StringType).add("outlet", DataTypes.StringType)
                .add("year", DataTypes.IntegerType).add("text", DataTypes.BinaryType);
        List<Row> rows = new ArrayList<>();
        for (ArchiveFixture.Doc d : fixture.parquetDocs()) {
            rows.add(RowFactory.create(d.id(), d.meta().get("outlet"), Integer.parseInt(d.meta().get("year")),
                    d.text().getBytes(StandardCharsets.UTF_8)));
        }
        rows.add(RowFactory.create("p-bad-utf8", "Post", 2012, new byte[]{'C', 'o', 'c', 'a', (byte) 0xE2, (byte) 0x28}));
        fixture.rejects.put("p-bad-utf8", "UTF-8");
        // A string column in the file, holding the bytes as given (cast from binary keeps them).
        spark.createDataFrame(rows, schema).selectExpr("id", "outlet", "year", "cast(text as string) as text")
                .coalesce(1).write().parquet(file.toString());
    }

    /** Every CSV output, its part files read in order with OpenCSV, header first. */
    private static Map<String, List<String[]>> readCsv(Path dir) throws IOException {
        Map<String, List<String[]>> all = new TreeMap<>();
        try (Stream<Path> outputs = Files.list(dir.resolve("csv"))) {
            for (Path o : outputs.sorted().toList()) {
                List<String[]> rows = new ArrayList<>();
                try (Stream<Path> parts = Files.list(o)) {
                    for (Path part : parts.filter(p -> p.getFileName().toString().endsWith(".csv")).sorted().toList()) {
                        try (CSVReader r = new CSVReader(Files.newBufferedReader(part, StandardCharsets.UTF_8))) {
                            List<String[]> content = r.readAll();
                            if (rows.isEmpty()) {
                                rows.add(content.get(0));
                            }
                            rows.addAll(content.subList(1, content.size()));
                        }
                    }
                }
                all.put(o.getFileName().toString(), rows);
            }
        } catch (com.opencsv.exceptions.CsvException e) {
            throw new IOException(e);
        }
        return all;
    }

    @Test
    void sentencesEqualTheInProcessPipelineRowForRow() throws Exception {
        StanceModel model = ModelArtifact.load(MODEL);
        ArticleAnalyzer analyzer = new ArticleAnalyzer();
        List<String[]> rows = firstCsv.get("sentences");
        assertEquals(SENTENCE_HEADER, List.of(rows.get(0)));
        List<ArchiveFixture.Doc> docs = new ArrayList<>(fixture.good);
        docs.sort((a, b) -> a.id().compareTo(b.id()));
        int at = 1;
        for (ArchiveFixture.Doc d : docs) {
            for (AnalyzedSentence s : analyzer.analyze(d.text(), model, false).sentences()) {
                String[] row = rows.get(at++);
                String where = d.id() + " " + s.start();
                assertEquals(d.id(), row[0], where);
                assertEquals(d.meta().getOrDefault("outlet", ""), row[1], where);
                assertEquals(d.meta().getOrDefault("year", ""), row[2], where);
                assertEquals(s.start(), Integer.parseInt(row[3]), where);
                assertEquals(s.end(), Integer.parseInt(row[4]), where);
                assertEquals(s.speaker() == null ? "" : s.speaker(), row[5], where);
                assertEquals(s.prediction().label().id(), row[6], where);
                assertEquals(s.prediction().confidence(), Double.parseDouble(row[7]), 1e-12, where);
                for (Label l : Label.ALL) {
                    assertEquals(s.prediction().score(l), Double.parseDouble(row[8 + l.ordinal()]), 1e-12, where);
                }
                assertEquals(model.id(), row[12]);
            }
        }
        assertEquals(rows.size(), at, "no sentence beyond the in-process ones");
        assertEquals(rows.size() - 1, first.sentences());
        assertEquals(first.sentences(), spark.read().parquet(out.resolve("sentences").toString()).count());
    }

    @Test
    void rejectsCarryTheirReasonsAndTheSummaryCountsThem() throws Exception {
        Map<String, String> reasons = new HashMap<>();
        firstCsv.get("rejects").stream().skip(1).forEach(r -> reasons.merge(r[0], r[1], (a, b) -> a + "; " + b));
        assertEquals(fixture.rejects.keySet(), reasons.keySet(), reasons.toString());
        fixture.rejects.forEach((id, word) -> assertTrue(reasons.get(id).contains(word), id + ": " + reasons.get(id)));
        int rejectRows = firstCsv.get("rejects").size() - 1;
        assertEquals(fixture.good.size(), first.classified());
        assertEquals(rejectRows, first.rejected());
        assertEquals(first.read(), first.classified() + first.rejected());
        JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertEquals(first.read(), summary.get("read").asLong());
        assertEquals(first.rejected(), summary.get("rejected").asLong());
        assertEquals(first.sentences(), summary.get("sentences").asLong());
        assertEquals(ModelArtifact.load(MODEL).id(), summary.get("model").asText());
    }

    @Test
    void aggregatesAddUp() {
        List<String[]> sentences = firstCsv.get("sentences").subList(1, firstCsv.get("sentences").size());
        Map<String, long[]> byDoc = new LinkedHashMap<>();
        Map<String, long[]> bySpeaker = new TreeMap<>();
        Map<String, long[]> byYear = new TreeMap<>();
        for (String[] s : sentences) {
            int label = Label.parse(s[6]).orElseThrow().ordinal();
            byDoc.computeIfAbsent(s[0], k -> new long[5])[label]++;
            byDoc.get(s[0])[4]++;
            if (!s[5].isEmpty()) {
                bySpeaker.computeIfAbsent(s[5], k -> new long[5])[label]++;
                bySpeaker.get(s[5])[4]++;
            }
            byYear.computeIfAbsent(s[2], k -> new long[5])[label]++;
            byYear.get(s[2])[4]++;
        }
        assertEquals(List.of("id", "outlet", "year", "sentences", "demand", "supply", "enforcement", "none"),
                List.of(firstCsv.get("documents").get(0)));
        assertEquals(fixture.good.size(), firstCsv.get("documents").size() - 1);
        for (String[] d : firstCsv.get("documents").subList(1, firstCsv.get("documents").size())) {
            assertCounts(byDoc.get(d[0]), d, 3, d[0]);
        }
        assertEquals(bySpeaker.size(), firstCsv.get("speakers").size() - 1);
        assertTrue(bySpeaker.containsKey("Tillerson") && bySpeaker.containsKey("Durbin"), bySpeaker.keySet().toString());
        for (String[] s : firstCsv.get("speakers").subList(1, firstCsv.get("speakers").size())) {
            assertCounts(bySpeaker.get(s[0]), s, 1, s[0]);
        }
        assertEquals(List.of("year", "sentences", "demand", "supply", "enforcement", "none"),
                List.of(firstCsv.get("groups").get(0)));
        // Plain-text documents have no year: their sentences form the group of the empty value.
        assertEquals(byYear.size(), firstCsv.get("groups").size() - 1);
        for (String[] g : firstCsv.get("groups").subList(1, firstCsv.get("groups").size())) {
            assertCounts(byYear.get(g[0]), g, 1, g[0]);
        }
    }

    private static void assertCounts(long[] expected, String[] row, int sentencesColumn, String what) {
        assertEquals(expected[4], Long.parseLong(row[sentencesColumn]), what);
        for (Label l : Label.ALL) {
            assertEquals(expected[l.ordinal()], Long.parseLong(row[sentencesColumn + 1 + l.ordinal()]), what + " " + l);
        }
    }

    @Test
    void aSecondRunReplacesTheOutputWithTheSameRows() throws Exception {
        Files.writeString(out.resolve("stale.txt"), "from before");
        ArchiveSummary again = job().run(options(tmp.resolve("archive").toString(), List.of("year")));
        assertEquals(first, again);
        assertFalse(Files.exists(out.resolve("stale.txt")), "the old output is replaced, not merged");
        Map<String, List<String[]>> csv = readCsv(out);
        assertEquals(firstCsv.keySet(), csv.keySet());
        firstCsv.forEach((name, rows) -> {
            assertEquals(rows.size(), csv.get(name).size(), name);
            for (int i = 0; i < rows.size(); i++) {
                assertEquals(List.of(rows.get(i)), List.of(csv.get(name).get(i)), name + " row " + i);
            }
        });
        try (Stream<Path> siblings = Files.list(tmp)) {
            assertEquals(List.of("archive", "out"), siblings.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no staging folder is left behind");
        }
    }

    @Test
    void badOptionsAreExplainedAndLeaveTheOutputAlone() throws Exception {
        Path notAnOutput = tmp.resolve("archive").resolve("txt");
        ArchiveException e = assertThrows(ArchiveException.class, () -> job().run(
                new ArchiveOptions(tmp.resolve("archive").toString(), notAnOutput.toString(), MODEL, List.of())));
        assertTrue(e.getMessage().contains("not the output of an earlier archive job"), e.getMessage());
        e = assertThrows(ArchiveException.class, () -> job().run(options(tmp.resolve("archive").toString(), List.of("decade"))));
        assertTrue(e.getMessage().contains("--group-by decade") && e.getMessage().contains("outlet, year"), e.getMessage());
        e = assertThrows(ArchiveException.class, () -> job().run(options(tmp.resolve("nothing-*.jsonl").toString(), List.of())));
        assertTrue(e.getMessage().contains("no such file"), e.getMessage());
        assertTrue(Files.exists(out.resolve("summary.json")));
    }
}
