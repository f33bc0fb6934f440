package org.stance.data;

import com.opencsv.CSVParserBuilder;
import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.CSVWriter;
import com.opencsv.exceptions.CsvException;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A CSV table with a header row and a {@code text} column, as sent to {@code classify}: read with
 * OpenCSV (quotes, commas and line breaks inside fields, a leading UTF-8 BOM), and written back with
 * extra columns appended to every row.
 */
public record TextTable(List<String> header, List<String[]> rows, int textColumn) {

    public static final String TEXT_COLUMN = "text";

    /** Why a CSV could not be read as a table of texts. */
    public static final class TableException extends Exception {
        private final boolean missingText;

        TableException(String message, boolean missingText) {
            super(message);
            this.missingText = missingText;
        }

        /** True when the table is readable but has no {@code text} column. */
        public boolean missingText() {
            return missingText;
        }
    }

    public static TextTable parse(String csv) throws TableException {
        String content = !csv.isEmpty() && csv.charAt(0) == '\uFEFF' ? csv.substring(1) : csv;
        List<String[]> all;
        try (CSVReader reader = new CSVReaderBuilder(new StringReader(content))
                .withCSVParser(new CSVParserBuilder().withStrictQuotes(false).build()).build()) {
            all = reader.readAll();
        } catch (IOException | CsvException e) {
            throw new TableException("the CSV cannot be parsed: " + e.getMessage()
                    + "; quote fields that hold commas, quotes or line breaks (RFC 4180)", false);
        }
        if (all.isEmpty()) {
            throw new TableException("the CSV is empty; send a header row with a 'text' column, then one row per sentence", true);
        }
        List<String> header = Arrays.stream(all.get(0)).map(String::strip).toList();
        int textColumn = -1;
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).toLowerCase(Locale.ROOT).equals(TEXT_COLUMN)) {
                textColumn = i;
                break;
            }
        }
        if (textColumn < 0) {
            throw new TableException("the CSV header " + header + " has no 'text' column; name the column of sentences 'text'", true);
        }
        List<String[]> rows = new ArrayList<>();
        for (int r = 1; r < all.size(); r++) {
            String[] row = all.get(r);
            if (row.length == 1 && row[0].isEmpty() && header.size() > 1) {
                continue; // a blank line
            }
            if (row.length != header.size()) {
                throw new TableException("CSV row " + (r + 1) + " has " + row.length + " fields but the header has "
                        + header.size() + "; every row needs the same columns as the header", false);
            }
            rows.add(row);
        }
        return new TextTable(header, rows, textColumn);
    }

    public List<String> texts() {
        return rows.stream().map(r -> r[textColumn]).toList();
    }

    /** The table with {@code extraHeader} appended to the header and {@code extra.get(i)} to row i. */
    public String render(List<String> extraHeader, List<String[]> extra) {
        StringWriter out = new StringWriter();
        try (CSVWriter writer = new CSVWriter(out, ',', '"', '"', "\r\n")) {
            writer.writeNext(concat(header.toArray(String[]::new), extraHeader.toArray(String[]::new)), false);
            for (int i = 0; i < rows.size(); i++) {
                writer.writeNext(concat(rows.get(i), extra.get(i)), false);
            }
        } catch (IOException e) {
            throw new IllegalStateException("writing to a string cannot fail", e);
        }
        return out.toString();
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
