package org.stance.cli;

import com.opencsv.CSVParserBuilder;
import com.opencsv.CSVWriter;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.stance.data.TextRows;
import org.stance.data.TextTable;
import org.stance.data.Utf8;
import org.stance.model.StanceModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "classify", mixinStandardHelpOptions = true,
        description = "Label sentences: a CSV file with a 'text' column, or '-' (the default) for standard input: one sentence "
                + "a line, or a CSV whose first line is a header with a 'text' column. Writes CSV in input order, one row per "
                + "input row: the input columns, then label, confidence, one score per label, and error (empty_text for a "
                + "blank line or an empty text, which get no label). Streams: any input size runs in constant memory.")
final class ClassifyCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", description = "CSV file with a 'text' column, or - for standard input.")
    String input = "-";

    @Mixin
    ModelOption model;

    @Option(names = "--batch", description = "Rows labelled together on one core (default: ${DEFAULT-VALUE}).")
    int batch = 1024;

    @Option(names = "--threads", description = "Cores to label on (default: all, ${DEFAULT-VALUE} here).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() throws IOException {
        if (batch < 1 || threads < 1) {
            throw new Failure("--batch and --threads must be at least 1");
        }
        boolean stdin = input.equals("-");
        Path file = Path.of(input);
        if (!stdin && !Files.isRegularFile(file)) {
            throw new Failure(file + ": no such file; give a CSV file with a 'text' column, or - for standard input");
        }
        String name = stdin ? "standard input" : input;
        StanceModel m = model.load();
        CSVWriter csv = new CSVWriter(new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16),
                ',', '"', '"', "\r\n");
        try (InputStream in = stdin ? System.in : Files.newInputStream(file);
             BufferedReader reader = Utf8.reader(in);
             BatchClassifier classifier = new BatchClassifier(m, csv, batch, threads)) {
            if (!stdin || startsWithHeader(reader)) {
                fromCsv(reader, csv, classifier);
            } else {
                fromLines(reader, csv, classifier);
            }
            classifier.finish();
        } catch (TextTable.TableException e) {
            csv.flush();
            throw new Failure(name + ": " + e.getMessage());
        } catch (CharacterCodingException e) {
            csv.flush();
            throw new Failure(name + ": not valid UTF-8; save it as UTF-8");
        }
        return 0;
    }

    /** Whether standard input opens with a CSV header that has a 'text' column: then it is read as CSV. */
    private static boolean startsWithHeader(BufferedReader reader) throws IOException {
        reader.mark(1 << 16);
        String first = reader.readLine();
        reader.reset();
        if (first == null) {
            return false;
        }
        try {
            String[] cells = new CSVParserBuilder().build().parseLine(first);
            return TextRows.textColumn(Arrays.asList(cells)) >= 0;
        } catch (IOException e) {
            return false; // not a well-formed CSV line: a sentence
        }
    }

    private static void fromCsv(BufferedReader reader, CSVWriter csv, BatchClassifier classifier)
            throws IOException, TextTable.TableException {
        TextRows rows = new TextRows(reader);
        csv.writeNext(BatchClassifier.header(rows.header()), false);
        for (TextRows.Row row = rows.next(); row != null; row = rows.next()) {
            classifier.add(row.cells(), row.cells()[rows.textColumn()]);
        }
    }

    /** One row per line, blank lines included, so the output lines up with the input. */
    private static void fromLines(BufferedReader reader, CSVWriter csv, BatchClassifier classifier) throws IOException {
        csv.writeNext(BatchClassifier.header(List.of(TextTable.TEXT_COLUMN)), false);
        String line;
        while ((line = reader.readLine()) != null) {
            String text = line.strip();
            classifier.add(new String[]{text}, text);
        }
    }
}
