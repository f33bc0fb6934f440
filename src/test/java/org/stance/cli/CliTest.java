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
    void classifyReadsLinesFromStandardInputAndWritesCsv() throws Exception {
        Run r = run("Growers planted more coca.\n\nThe cartel's accountant was arrested.\n", "classify", "-");
        assertEquals(0, r.exit(), r.err());
        TextTable out = TextTable.parse(r.out());
        assertEquals(List.of("text", "label", "confidence", "score_demand", "score_supply", "score_enforcement", "score_none"),
                out.header());
        assertEquals(2, out.rows().size());
        StanceModel model = ModelArtifact.load(Path.of("model"));
        assertEquals(model.predict("Growers planted more coca.").label().id(), out.rows().get(0)[1]);
        for (String[] row : out.rows()) {
            assertTrue(Label.parse(row[1]).isPresent());
        }
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
}
