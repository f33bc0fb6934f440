package org.stance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stance.data.CorpusLoader;
import org.stance.data.Example;
import org.stance.data.Label;
import org.stance.data.TextTable;
import org.stance.model.Metrics;
import org.stance.model.ModelArtifact;
import org.stance.model.StanceModel;

/** The commands as a user runs them: exit codes, output, and errors without stack traces. */
class CliTest {

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    private static Run run(String stdin, String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        InputStream oldIn = System.in;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            var cli = Main.commandLine();
            cli.setErr(new java.io.PrintWriter(System.err, true));
            cli.setOut(new java.io.PrintWriter(System.out, true));
            int exit = cli.execute(args);
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
            System.setIn(oldIn);
        }
    }

    @Test
    void evaluatePrintsTheTableAndTheSameMetricsAsJson() throws Exception {
        List<Example> sample = new CorpusLoader(false).load(Path.of("training-data")).examples().subList(0, 40);
        Path file = dir.resolve("sample.csv");
        StringBuilder csv = new StringBuilder("text,label,source\n");
        for (Example e : sample) {
            csv.append('"').append(e.text().replace("\"", "\"\"")).append("\",").append(e.label().id()).append(",written\n");
        }
        Files.writeString(file, csv);
        Run r = run("", "evaluate", "--data", file.toString(), "--real", "none", "--format", "json");
        assertEquals(0, r.exit(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        StanceModel model = ModelArtifact.load(Path.of("model"));
        Metrics expected = Metrics.of(sample.stream().map(Example::label).toList(),
                model.predictAll(sample.stream().map(Example::text).toList()));
        assertEquals(expected.macroF1(), json.get("macroF1").asDouble(), 1e-12);
        assertEquals(40, json.get("examples").asInt());
        Run table = run("", "evaluate", "--data", file.toString(), "--format", "table");
        assertTrue(table.out().contains("macro-F1") && table.out().contains("confusion"), table.out());
    }

    static final List<String> OUTPUT_HEADER = List.of("text", "label", "confidence", "score_demand", "score_supply",
            "score_enforcement", "score_none", "error");

    @Test
    void evaluateReportsRealTextFirstAndBesideTheGivenFile() throws Exception {
        List<Example> sample = new CorpusLoader(false).load(Path.of("training-data")).examples().subList(0, 30);
        Path data = dir.resolve("data.csv");
        Path real = dir.resolve("real.csv");
        StringBuilder csv = new StringBuilder("text,label,source\n");
        for (Example e : sample) {
            csv.append('"').append(e.text().replace("\"", "\"\"")).append("\",").append(e.label().id()).append(",written\n");
        }
        Files.writeString(data, csv);
        Files.writeString(real, "text,label,source\nThe ministers will meet again in the spring to discuss tariffs.,none,x\n"
                + "Overdose deaths fell for the second year in a row.,demand,x\n");
        Run r = run("", "evaluate", "--data", data.toString(), "--real", real.toString(), "--format", "json");
        assertEquals(0, r.exit(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals(2, json.get("realText").get("examples").asInt());
        assertEquals(30, json.get("data").get("examples").asInt());
        Run table = run("", "evaluate", "--data", data.toString(), "--real", real.toString(), "--format", "table");
        assertTrue(table.out().indexOf("real text") < table.out().indexOf(data.toString()), table.out());

        Run missing = run("", "evaluate", "--real", dir.resolve("nowhere.csv").toString());
        assertEquals(1, missing.exit());
        assertTrue(missing.err().contains("no such file"), missing.err());
    }

    @Test
    void classifyWritesOneRowPerInputLineInOrder() throws Exception {
        Run r = run("Growers planted more coca.\n\n   \nThe cartel's accountant was arrested.\n", "classify", "-");
        assertEquals(0, r.exit(), r.err());
        TextTable out = TextTable.parse(r.out());
        assertEquals(OUTPUT_HEADER, out.header());
        assertEquals(4, out.rows().size(), "blank lines keep their place");
        StanceModel model = ModelArtifact.load(Path.of("model"));
        assertEquals(model.predict("Growers planted more coca.").label().id(), out.rows().get(0)[1]);
        assertEquals("", out.rows().get(0)[7]);
        for (int blank : new int[]{1, 2}) {
            assertEquals("", out.rows().get(blank)[1]);
            assertEquals("", out.rows().get(blank)[2]);
            assertEquals("empty_text", out.rows().get(blank)[7]);
        }
        assertEquals("The cartel's accountant was arrested.", out.rows().get(3)[0]);
        assertTrue(Label.parse(out.rows().get(3)[1]).isPresent());
    }

    @Test
    void aCsvHeaderOnStandardInputIsNotASentence() throws Exception {
        Run r = run("\uFEFFid,text\n1,Growers planted more coca.\n2,\n", "classify", "-");
        assertEquals(0, r.exit(), r.err());
        TextTable out = TextTable.parse(r.out());
        assertEquals("id", out.header().get(0));
        assertEquals(2, out.rows().size());
        assertEquals("1", out.rows().get(0)[0]);
        assertEquals("empty_text", out.rows().get(1)[8], "an empty CSV text gets no label");
        assertEquals("", out.rows().get(1)[2]);
    }

    @Test
    void csvErrorsNameTheRealLine() throws Exception {
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, "id,text\n1,\"two\nlines\"\n2,\"never closed\n3,more\n");
        Run r = run("", "classify", file.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("bad.csv: line 4:") && r.err().contains("never closed"), r.err());
        Files.write(file, new byte[]{'t', 'e', 'x', 't', '\n', (byte) 0xFF, '\n'});
        r = run("", "classify", file.toString());
        assertTrue(r.exit() == 1 && r.err().contains("UTF-8") && !r.err().contains("\tat "), r.err());
    }

    @Test
    void noSubCommandPrintsTheUsageOnStandardErrorAndExitsTwo() {
        Run r = run("");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("Usage: stance") && r.err().contains("classify"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void classifyKeepsTheColumnsOfACsvFile() throws Exception {
        Path file = dir.resolve("in.csv");
        Files.writeString(file, "id,text\n7,\"Labs, hidden in the jungle, make the paste.\"\n");
        Run r = run("", "classify", file.toString());
        assertEquals(0, r.exit(), r.err());
        TextTable out = TextTable.parse(r.out());
        assertEquals("7", out.rows().get(0)[0]);
        assertEquals("Labs, hidden in the jungle, make the paste.", out.rows().get(0)[1]);
    }

    @Test
    void trainingOnBadDataStopsBeforeTrainingAndNamesTheRows() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        Files.writeString(data.resolve("a.csv"), "text,label,source\nFine.,none,written\nBad.,cartel,written\n");
        Run r = run("", "train", "--data", data.toString(), "--out", dir.resolve("out").toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("a.csv:3: unknown label 'cartel'") && r.err().contains("--skip-bad-rows"), r.err());
        assertTrue(!r.err().contains("\tat "), "no stack trace");
        assertTrue(!Files.exists(dir.resolve("out")), "nothing was written");
    }

    @Test
    void aMissingModelStopsWithTheFileAndTheFix() {
        Run r = run("", "serve", "--model", dir.resolve("nothing").toString(), "--port", "0");
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("no such model folder") && r.err().contains("train --out"), r.err());
        r = run("a\n", "classify", "--model", dir.resolve("nothing").toString());
        assertEquals(1, r.exit());
    }

    @Test
    void trainNeverReplacesAModelFolderWithoutForce() throws Exception {
        Path model = Files.createDirectories(dir.resolve("model"));
        Files.writeString(model.resolve("manifest.json"), "{}");
        Run r = run("", "train", "--out", model.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("already holds files") && r.err().contains("--force"), r.err());
        assertEquals("{}", Files.readString(model.resolve("manifest.json")), "untouched");
    }

    @Test
    void theDefaultOutputIsANewTimestampedFolder() {
        java.time.Clock clock = java.time.Clock.fixed(java.time.Instant.parse("2026-03-04T05:06:07Z"), java.time.ZoneOffset.UTC);
        assertEquals(Path.of("models", "stance-20260304-050607"), TrainCommand.defaultOut(clock));
    }

    @Test
    void trainShowsProgressWithAnEtaInEveryPhaseAndPrintsThePath() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        StringBuilder csv = new StringBuilder("text,label,source\n");
        java.util.Map<Label, Integer> taken = new java.util.EnumMap<>(Label.class);
        for (Example e : new CorpusLoader(true).load(Path.of("training-data")).examples()) {
            if (taken.merge(e.label(), 1, Integer::sum) <= 25) {
                csv.append('"').append(e.text().replace("\"", "\"\"")).append("\",").append(e.label().id()).append(",written\n");
            }
        }
        Files.writeString(data.resolve("a.csv"), csv);
        Files.writeString(dir.resolve("config.json"), "{\"maxEpochs\": 2, \"folds\": 2}");
        Path out = dir.resolve("new-model");
        Run r = run("", "train", "--data", data.toString(), "--out", out.toString(), "--config",
                dir.resolve("config.json").toString(), "--feedback", dir.resolve("no-feedback").toString());
        assertEquals(0, r.exit(), r.err());
        List<String> lines = r.out().lines().toList();
        for (String phase : List.of("cross-validation fold 1/2", "cross-validation fold 2/2", "final model", "baselines")) {
            assertTrue(lines.stream().anyMatch(l -> l.matches("\\[\\d+:\\d\\d, (about \\d+:\\d\\d left|estimating)\\] " + phase + ".*")),
                    phase + " with elapsed time and ETA:\n" + r.out());
        }
        assertTrue(lines.stream().filter(l -> l.contains("baselines")).allMatch(l -> l.contains("left")),
                "the baseline phase has an ETA: " + r.out());
        assertTrue(!r.out().contains("(shipped)"), "a fresh model is not the shipped one");
        assertEquals(out.toString(), lines.get(lines.size() - 1), "the path comes last");
        assertTrue(Files.isRegularFile(out.resolve("manifest.json")));
    }

    @Test
    void aBadHostIsNamedAsSuchNotAsABusyPort() {
        Run r = run("", "serve", "--host", "no-such-host.invalid", "--port", "0");
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("--host no-such-host.invalid") && !r.err().contains("port in use"), r.err());
    }
}
