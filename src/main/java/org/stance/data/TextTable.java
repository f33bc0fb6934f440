package org.stance.data;

import com.opencsv.CSVWriter;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A CSV table with a header row and a {@code text} column, as sent to {@code classify}: read with
 * OpenCSV (quotes, commas and line breaks inside fields, a leading UTF-8 BOM), and written back with
 * extra columns appended to every row.
 */
public record TextTable(List<String> header, List<String[]> rows, int textColumn) {

    public static final String TEXT_COLUMN = TextRows.TEXT_COLUMN;

    /** Why a CSV could not be read as a table of texts; the message names the line. */
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
        List<String[]> rows = new ArrayList<>();
        try (TextRows reader = new TextRows(new StringReader(csv))) {
            for (TextRows.Row row = reader.next(); row != null; row = reader.next()) {
                rows.add(row.cells());
            }
            return new TextTable(reader.header(), rows, reader.textColumn());
        } catch (IOException e) {
            throw new IllegalStateException("closing a string reader cannot fail", e);
        }
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
