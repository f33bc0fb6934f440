package org.stance.batch;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.stance.data.Label;

/**
 * The archive job's per-document counts summed by one metadata column (a president, a decade),
 * read from its {@code csv/documents} output, in the order of another column's smallest value
 * (a year) when asked, else by value.
 */
public record FramingTable(String by, List<Group> groups) {

    /** One value of the column: documents, sentences, and sentences per label (in {@link Label} order). */
    public record Group(String value, long documents, long sentences, long[] counts, double order) {

        public long drugSentences() {
            return sentences - counts[Label.NONE.ordinal()];
        }

        public double perThousand(Label l) {
            return sentences == 0 ? 0 : 1000.0 * counts[l.ordinal()] / sentences;
        }
    }

    public static FramingTable read(Path documents, String by, String orderBy) throws IOException, ArchiveException {
        List<Path> parts = new ArrayList<>();
        if (Files.isDirectory(documents)) {
            try (Stream<Path> files = Files.list(documents)) {
                files.filter(p -> p.getFileName().toString().endsWith(".csv")).sorted().forEach(parts::add);
            }
        } else if (Files.isRegularFile(documents)) {
            parts.add(documents);
        }
        if (parts.isEmpty()) {
            throw new ArchiveException(documents + ": no CSV files; give the job's <out>/csv/documents folder");
        }
        Map<String, long[]> sums = new LinkedHashMap<>();
        Map<String, Double> order = new LinkedHashMap<>();
        for (Path part : parts) {
            try (CSVReader r = new CSVReader(Files.newBufferedReader(part, StandardCharsets.UTF_8))) {
                List<String[]> rows = r.readAll();
                List<String> header = List.of(rows.get(0));
                int key = column(header, by, part);
                int ord = orderBy == null ? -1 : column(header, orderBy, part);
                int first = column(header, ArchiveSchema.SENTENCES, part);
                for (String[] row : rows.subList(1, rows.size())) {
                    long[] s = sums.computeIfAbsent(row[key], k -> new long[2 + Label.ALL.size()]);
                    s[0]++;
                    for (int i = 0; i <= Label.ALL.size(); i++) {
                        s[1 + i] += Long.parseLong(row[first + i]);
                    }
                    if (ord >= 0) {
                        order.merge(row[key], number(row[ord]), Math::min);
                    }
                }
            } catch (CsvException | NumberFormatException e) {
                throw new ArchiveException(part + ": not the job's documents CSV: " + e.getMessage());
            }
        }
        List<Group> groups = new ArrayList<>();
        sums.forEach((v, s) -> groups.add(new Group(v, s[0], s[1], java.util.Arrays.copyOfRange(s, 2, s.length),
                order.getOrDefault(v, 0.0))));
        Comparator<Group> c = orderBy == null ? Comparator.comparing(Group::value)
                : Comparator.comparingDouble(Group::order).thenComparing(Group::value);
        groups.sort(c);
        return new FramingTable(by, groups);
    }

    private static int column(List<String> header, String name, Path part) throws ArchiveException {
        int i = header.indexOf(name);
        if (i < 0) {
            throw new ArchiveException(part + ": no column '" + name + "'; it has " + String.join(", ", header));
        }
        return i;
    }

    private static double number(String s) {
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return Double.MAX_VALUE;
        }
    }

    /** The table as markdown: counts, drug-frame sentences per 1,000, and each frame's share of them. */
    public String markdown() {
        StringBuilder b = new StringBuilder();
        b.append("| ").append(by).append(" | documents | sentences | demand | supply | enforcement | drug-frame sentences per 1,000 | demand / supply / enforcement share |\n");
        b.append("|---|---|---|---|---|---|---|---|\n");
        for (Group g : groups) {
            long drug = g.drugSentences();
            b.append(String.format(Locale.ROOT, "| %s | %d | %,d | %d | %d | %d | %.1f | %s |%n", g.value().isEmpty() ? "(none)" : g.value(),
                    g.documents(), g.sentences(), g.counts()[0], g.counts()[1], g.counts()[2],
                    g.sentences() == 0 ? 0.0 : 1000.0 * drug / g.sentences(),
                    drug == 0 ? "-" : String.format(Locale.ROOT, "%.0f%% / %.0f%% / %.0f%%", 100.0 * g.counts()[0] / drug,
                            100.0 * g.counts()[1] / drug, 100.0 * g.counts()[2] / drug)));
        }
        return b.toString();
    }
}
