package org.stance.data;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.stance.text.TextNormalizer;

/**
 * Reads annotated CSV files (header {@code text,label,source}) with OpenCSV and validates every
 * row before anything is trained: unknown label, empty text, wrong column count, invalid UTF-8 and
 * duplicates (after normalising case, white space and quotes) are reported as {@code file:line: what}.
 */
public final class CorpusLoader {

    public static final List<String> HEADER = List.of("text", "label", "source");
    /** Whole documents add a fourth column naming the document each row belongs to, rows in reading order. */
    public static final List<String> HEADER_WITH_DOC = List.of("text", "label", "source", "doc");

    private final TextNormalizer normalizer = new TextNormalizer();
    private final boolean skipBadRows;

    public CorpusLoader(boolean skipBadRows) {
        this.skipBadRows = skipBadRows;
    }

    /** Every {@code *.csv} directly in the folder (sub-folders are not training data), or one file. */
    public Corpus load(Path path) throws CorpusException {
        return read(csvFiles(path), false, path);
    }

    /**
     * Analysts' corrections: the same format, but a sentence seen again replaces the earlier row
     * (the latest correction wins) instead of being a duplicate.
     */
    public Corpus loadCorrections(Path folder) throws CorpusException {
        return read(csvFiles(folder), true, folder);
    }

    private Corpus read(List<Path> files, boolean laterWins, Path path) throws CorpusException {
        List<Example> examples = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Map<String, String> seen = laterWins ? null : new HashMap<>();
        for (Path file : files) {
            readFile(file, examples, problems, seen);
        }
        if (laterWins) {
            Map<String, Example> latest = new java.util.LinkedHashMap<>();
            for (Example e : examples) {
                latest.remove(dedupKey(e.text()));
                latest.put(dedupKey(e.text()), e);
            }
            examples = new ArrayList<>(latest.values());
        }
        if (!problems.isEmpty() && !skipBadRows) {
            throw new CorpusException(problems);
        }
        if (examples.isEmpty() && !laterWins) { // no corrections yet is fine; no training data is not
            throw new CorpusException(List.of(path + ": no examples found; expected CSV files with header text,label,source"));
        }
        return new Corpus(examples, problems);
    }

    /** The CSV files of a folder, or none when it is missing or unreadable. */
    public static List<Path> csvFilesQuietly(Path folder) {
        try {
            return csvFiles(folder);
        } catch (CorpusException e) {
            return List.of();
        }
    }

    public static List<Path> csvFiles(Path path) throws CorpusException {
        if (Files.isRegularFile(path)) {
            return List.of(path);
        }
        if (!Files.isDirectory(path)) {
            throw new CorpusException(List.of(path + ": no such file or folder; pass --data with the folder of CSV files"));
        }
        try (Stream<Path> listing = Files.list(path)) {
            List<Path> files = listing
                    .filter(p -> Files.isRegularFile(p) && p.getFileName().toString().toLowerCase().endsWith(".csv"))
                    .sorted()
                    .toList();
            if (files.isEmpty()) {
                throw new CorpusException(List.of(path + ": the folder holds no .csv file"));
            }
            return files;
        } catch (IOException e) {
            throw new CorpusException(List.of(path + ": cannot list the folder: " + e.getMessage()));
        }
    }

    private void readFile(Path file, List<Example> out, List<String> problems, Map<String, String> seen)
            throws CorpusException {
        String content;
        java.util.Set<Long> badBytes;
        try {
            byte[] bytes = Files.readAllBytes(file);
            badBytes = invalidUtf8Lines(bytes);
            content = new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CorpusException(List.of(file + ": cannot read: " + e.getMessage()));
        }
        content = Utf8.stripBom(content);
        try (CSVReader reader = new CSVReader(new java.io.StringReader(content))) {
            String[] header = reader.readNext();
            if (header == null) {
                problems.add(file + ":1: the file is empty; expected the header text,label,source");
                return;
            }
            List<String> names = new ArrayList<>();
            for (String h : header) {
                names.add(h.strip().toLowerCase());
            }
            if (!names.equals(HEADER) && !names.equals(HEADER_WITH_DOC)) {
                problems.add(file + ":1: header is " + String.join(",", header)
                        + "; expected text,label,source (or text,label,source,doc for whole documents)");
                return;
            }
            final int columns = names.size();
            String[] row;
            long previousLine = reader.getLinesRead();
            while ((row = reader.readNext()) != null) {
                final long line = previousLine + 1;
                previousLine = reader.getLinesRead();
                String where = file + ":" + line + ": ";
                if (row.length == 1 && row[0].isBlank()) {
                    continue;
                }
                long lastLine = previousLine;
                if (badBytes.stream().anyMatch(b -> b >= line && b <= lastLine)) {
                    problems.add(where + "invalid UTF-8 bytes; save the file as UTF-8");
                    continue;
                }
                if (row.length != columns) {
                    problems.add(where + "expected " + columns + " columns (" + String.join(",", names)
                            + ") but found " + row.length);
                    continue;
                }
                String text = row[0].strip();
                if (text.isEmpty()) {
                    problems.add(where + "the text is empty");
                    continue;
                }
                var label = Label.parse(row[1]);
                if (label.isEmpty()) {
                    problems.add(where + "unknown label '" + row[1] + "'; use one of " + String.join(", ", Label.ids()));
                    continue;
                }
                String first = seen == null ? null
                        : seen.putIfAbsent(dedupKey(text), where.substring(0, where.length() - 2));
                if (first != null) {
                    problems.add(where + "duplicate of the sentence at " + first);
                    continue;
                }
                String source = row[2].strip().isEmpty() ? "written" : row[2].strip();
                String doc = columns == 4 ? row[3].strip() : "";
                out.add(new Example(text, label.get(), source, file.getFileName().toString(), line, doc));
            }
        } catch (IOException | CsvException e) {
            problems.add(file + ":" + lineOf(e) + ": malformed CSV: " + e.getMessage());
        }
    }

    /** Two sentences are duplicates when they agree after normalising case, white space and quotes. */
    public String dedupKey(String text) {
        return normalizer.normalize(text).replace("\"", "").replace("'", "");
    }

    private static long lineOf(Exception e) {
        return e instanceof CsvException ce ? ce.getLineNumber() : 0;
    }

    /** Physical line numbers (1-based) that hold bytes which are not valid UTF-8. */
    static java.util.Set<Long> invalidUtf8Lines(byte[] bytes) {
        java.util.Set<Long> bad = new java.util.TreeSet<>();
        long line = 1;
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                if (!Utf8.isValid(bytes, start, i - start)) {
                    bad.add(line);
                }
                line++;
                start = i + 1;
            }
        }
        return bad;
    }
}
