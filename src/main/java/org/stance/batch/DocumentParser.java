package org.stance.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Turns one archive file (JSON lines, CSV with a header, or a plain-text article) into documents.
 * Runs on the executors, one file at a time. A bad line or row becomes a rejected document with
 * the reason, never an exception: one broken record must not fail the job.
 */
public final class DocumentParser {

    public static final String ID = "id";
    public static final String TEXT = "text";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The kind of file, from its name. */
    public enum Format {
        JSON_LINES, CSV, TEXT, PARQUET;

        public static Format of(String fileName) {
            String name = fileName.toLowerCase(java.util.Locale.ROOT);
            if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")) {
                return JSON_LINES;
            }
            if (name.endsWith(".csv")) {
                return CSV;
            }
            if (name.endsWith(".txt")) {
                return TEXT;
            }
            if (name.endsWith(".parquet")) {
                return PARQUET;
            }
            return null;
        }
    }

    public List<RawDocument> parse(String path, byte[] content) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        Format format = Format.of(name);
        if (format == null) {
            throw new IllegalArgumentException(path + ": not a .jsonl, .json, .csv, .txt or .parquet file");
        }
        return switch (format) {
            case JSON_LINES -> jsonLines(name, content);
            case CSV -> csv(name, content);
            case TEXT -> List.of(new RawDocument(name, name.substring(0, name.length() - ".txt".length()), content,
                    List.of(), Map.of(), null));
            case PARQUET -> throw new IllegalArgumentException(path + ": Parquet is read by Spark, not parsed here");
        };
    }

    /** An empty file: one rejected document, named as a .txt file's document would be. */
    static RawDocument emptyFile(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        String id = Format.of(name) == Format.TEXT ? name.substring(0, name.length() - ".txt".length()) : name;
        return RawDocument.rejected(name, id, "empty file");
    }

    private List<RawDocument> jsonLines(String name, byte[] content) {
        List<RawDocument> out = new ArrayList<>();
        int lineNo = 0;
        int start = 0;
        while (start < content.length) {
            int end = start;
            while (end < content.length && content[end] != '\n') {
                end++;
            }
            lineNo++;
            String source = name + ":" + lineNo;
            byte[] line = java.util.Arrays.copyOfRange(content, start, end);
            start = end + 1;
            String text = new String(line, StandardCharsets.UTF_8);
            if (text.isBlank()) {
                continue;
            }
            out.add(jsonLine(source, text, isUtf8(line)));
        }
        return out;
    }

    private static RawDocument jsonLine(String source, String line, boolean utf8) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (IOException e) {
            return RawDocument.rejected(source, null, "not valid JSON: " + firstLine(e.getMessage()));
        }
        if (node == null || !node.isObject()) {
            return RawDocument.rejected(source, null, "not a JSON object; write one {\"id\":…, \"text\":…} a line");
        }
        String id = scalar(node.get(ID));
        if (id == null || id.isBlank()) {
            return RawDocument.rejected(source, null, "no 'id' field; give every document an id");
        }
        if (!utf8) {
            return RawDocument.rejected(source, id, "not valid UTF-8; save the file as UTF-8");
        }
        JsonNode text = node.get(TEXT);
        if (text == null || !text.isTextual()) {
            return RawDocument.rejected(source, id, "no 'text' string field");
        }
        List<String> keys = new ArrayList<>();
        Map<String, String> meta = new LinkedHashMap<>();
        node.fieldNames().forEachRemaining(k -> {
            if (!k.equals(ID) && !k.equals(TEXT)) {
                keys.add(k);
                meta.put(k, scalar(node.get(k)));
            }
        });
        return new RawDocument(source, id, text.asText().getBytes(StandardCharsets.UTF_8), keys, meta, null);
    }

    private static String scalar(JsonNode v) {
        if (v == null || v.isNull()) {
            return null;
        }
        return v.isValueNode() ? v.asText() : v.toString();
    }

    private List<RawDocument> csv(String name, byte[] content) {
        // Lines holding bytes that are not UTF-8: the rows spanning them are rejected, the rest are read.
        TreeSet<Integer> badLines = badUtf8Lines(content);
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<RawDocument> out = new ArrayList<>();
        try (CSVReader reader = new CSVReader(new StringReader(text))) {
            String[] header = reader.readNext();
            if (header == null) {
                return out;
            }
            int idCol = indexOf(header, ID);
            int textCol = indexOf(header, TEXT);
            if (idCol < 0 || textCol < 0) {
                out.add(RawDocument.rejected(name + ":1", null, "the header has no 'id' and 'text' columns: "
                        + String.join(",", header)));
                return out;
            }
            long lineBefore = reader.getLinesRead();
            String[] row;
            while ((row = reader.readNext()) != null) {
                long lineAfter = reader.getLinesRead();
                String source = name + ":" + (lineBefore + 1);
                Integer bad = badLines.ceiling((int) lineBefore + 1);
                boolean utf8 = bad == null || bad > lineAfter;
                lineBefore = lineAfter;
                if (row.length == 1 && row[0].isBlank()) {
                    continue;
                }
                out.add(csvRow(source, header, row, idCol, textCol, utf8));
            }
        } catch (IOException | CsvException e) {
            out.add(RawDocument.rejected(name, null, "not readable as CSV: " + firstLine(e.getMessage())));
        }
        return out;
    }

    private static RawDocument csvRow(String source, String[] header, String[] row, int idCol, int textCol,
                                      boolean utf8) {
        String id = idCol < row.length ? row[idCol] : null;
        if (id == null || id.isBlank()) {
            return RawDocument.rejected(source, null, "no id in this row");
        }
        if (row.length != header.length) {
            return RawDocument.rejected(source, id, "has " + row.length + " columns, the header " + header.length);
        }
        if (!utf8) {
            return RawDocument.rejected(source, id, "not valid UTF-8; save the file as UTF-8");
        }
        List<String> keys = new ArrayList<>();
        Map<String, String> meta = new LinkedHashMap<>();
        for (int i = 0; i < header.length; i++) {
            if (i != idCol && i != textCol) {
                keys.add(header[i]);
                meta.put(header[i], row[i]);
            }
        }
        return new RawDocument(source, id, row[textCol].getBytes(StandardCharsets.UTF_8), keys, meta, null);
    }

    private static int indexOf(String[] header, String column) {
        for (int i = 0; i < header.length; i++) {
            if (header[i].strip().equals(column)) {
                return i;
            }
        }
        return -1;
    }

    /** 1-based numbers of the lines holding a byte sequence that is not UTF-8. */
    private static TreeSet<Integer> badUtf8Lines(byte[] content) {
        TreeSet<Integer> bad = new TreeSet<>();
        int line = 1;
        int start = 0;
        for (int i = 0; i <= content.length; i++) {
            if (i == content.length || content[i] == '\n') {
                if (!isUtf8(java.util.Arrays.copyOfRange(content, start, i))) {
                    bad.add(line);
                }
                line++;
                start = i + 1;
            }
        }
        return bad;
    }

    static boolean isUtf8(byte[] bytes) {
        return decodeStrict(bytes) != null;
    }

    /** The text, or null when the bytes are not UTF-8. */
    static String decodeStrict(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
