package org.stance.data;

import com.opencsv.CSVParserBuilder;
import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.exceptions.CsvException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads a CSV with a header row and a {@code text} column one row at a time (OpenCSV: quotes,
 * commas and line breaks inside fields), so a file of any size is read in constant memory.
 * Errors name the physical line where the bad row starts.
 */
public final class TextRows implements AutoCloseable {

    public static final String TEXT_COLUMN = "text";

    /** One data row and the line of the input it starts on (1-based, the header is line 1). */
    public record Row(long line, String[] cells) {
    }

    private final CSVReader reader;
    private final List<String> header;
    private final int textColumn;

    /** Reads the header; a missing {@code text} column or unreadable CSV throws. */
    public TextRows(Reader in) throws TextTable.TableException {
        this.reader = new CSVReaderBuilder(in)
                .withCSVParser(new CSVParserBuilder().withStrictQuotes(false).build()).build();
        String[] first = read(1);
        if (first == null) {
            throw new TextTable.TableException("the CSV is empty; send a header row with a 'text' column, then one row per sentence", true);
        }
        first[0] = Utf8.stripBom(first[0]);
        this.header = Arrays.stream(first).map(String::strip).toList();
        this.textColumn = textColumn(header);
        if (textColumn < 0) {
            throw new TextTable.TableException("the CSV header " + header
                    + " has no 'text' column; name the column of sentences 'text'", true);
        }
    }

    /** The index of the column named {@code text} (any case), or -1. */
    public static int textColumn(List<String> header) {
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).strip().toLowerCase(Locale.ROOT).equals(TEXT_COLUMN)) {
                return i;
            }
        }
        return -1;
    }

    public List<String> header() {
        return header;
    }

    public int textColumn() {
        return textColumn;
    }

    /** The next row, or null at the end; blank lines are skipped; a row with the wrong number of fields throws. */
    public Row next() throws TextTable.TableException {
        while (true) {
            long line = reader.getLinesRead() + 1;
            String[] row = read(line);
            if (row == null) {
                return null;
            }
            if (row.length == 1 && row[0].isEmpty() && header.size() > 1) {
                continue; // a blank line
            }
            if (row.length != header.size()) {
                throw new TextTable.TableException("line " + line + ": the row has " + row.length
                        + " fields but the header has " + header.size()
                        + "; every row needs the same columns as the header (quote fields that hold commas)", false);
            }
            return new Row(line, row);
        }
    }

    private String[] read(long line) throws TextTable.TableException {
        try {
            return reader.readNext();
        } catch (CharacterCodingException e) {
            throw new TextTable.TableException("line " + (reader.getLinesRead() + 1)
                    + ": not valid UTF-8; save the file as UTF-8", false);
        } catch (IOException | CsvException e) {
            boolean unclosed = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("unterminated");
            throw new TextTable.TableException("line " + line + ": " + (unclosed
                    ? "a quoted field opened here is never closed; close the quote, or double quotes inside it (\"\")"
                    : "the CSV cannot be parsed (" + e.getMessage()
                    + "); quote fields that hold commas, quotes or line breaks (RFC 4180)"), false);
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
