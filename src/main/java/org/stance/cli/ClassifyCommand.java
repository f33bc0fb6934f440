package org.stance.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.stance.data.TextTable;
import org.stance.model.PredictionColumns;
import org.stance.model.StanceModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "classify", mixinStandardHelpOptions = true,
        description = "Label sentences: a CSV file with a 'text' column, or '-' (the default) for one sentence a line on standard input. "
                + "Writes CSV: the input columns, then label, confidence and one score per label.")
final class ClassifyCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", description = "CSV file with a 'text' column, or - for standard input.")
    String input = "-";

    @Mixin
    ModelOption model;

    @Override
    public Integer call() throws IOException {
        TextTable table = input.equals("-") ? fromLines() : fromCsv(Path.of(input));
        StanceModel m = model.load();
        List<String[]> extra = new ArrayList<>();
        for (String text : table.texts()) {
            extra.add(PredictionColumns.of(m.predict(text)));
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.print(table.render(PredictionColumns.HEADER, extra));
        out.flush();
        return 0;
    }

    private static TextTable fromLines() throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    rows.add(new String[]{line.strip()});
                }
            }
        }
        return new TextTable(List.of(TextTable.TEXT_COLUMN), rows, 0);
    }

    private static TextTable fromCsv(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new Failure(file + ": no such file; give a CSV file with a 'text' column, or - for standard input");
        }
        try {
            return TextTable.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (TextTable.TableException e) {
            throw new Failure(file + ": " + e.getMessage());
        } catch (java.nio.charset.MalformedInputException e) {
            throw new Failure(file + ": not valid UTF-8; save the file as UTF-8");
        }
    }
}
