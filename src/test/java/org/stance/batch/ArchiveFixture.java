package org.stance.batch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.opencsv.CSVReader;
import com.opencsv.CSVWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/**
 * A generated archive: a few hundred documents written from the corpus's sentences (with quoted
 * speakers, paragraphs and an emoji now and then) as JSON lines, CSV and .txt files, with broken
 * documents mixed in. Parquet is added by the test, which has a Spark session to write it.
 */
final class ArchiveFixture {

    /** A good document: id, text and its metadata. */
    record Doc(String id, String text, Map<String, String> meta) {
    }

    final List<Doc> good = new ArrayList<>();
    /** Rejected documents: id as the job reports it, and a word its reason must contain. */
    final Map<String, String> rejects = new LinkedHashMap<>();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] SPEAKERS = {"Secretary Rex Tillerson", "Kelly", "Mayor Ana Ruiz", "Sen. Dick Durbin"};
    private final Random random = new Random(20261206);
    private final List<String> sentences;

    ArchiveFixture() throws IOException, com.opencsv.exceptions.CsvValidationException {
        sentences = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("training-data"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".csv")).sorted().toList()) {
                try (CSVReader r = new CSVReader(Files.newBufferedReader(f, StandardCharsets.UTF_8))) {
                    r.readNext();
                    String[] row;
                    while ((row = r.readNext()) != null) {
                        sentences.add(row[0]);
                    }
                }
            }
        }
    }

    private String article() {
        StringBuilder b = new StringBuilder();
        int n = 2 + random.nextInt(10);
        for (int i = 0; i < n; i++) {
            String s = sentences.get(random.nextInt(sentences.size()));
            if (random.nextInt(4) == 0 && s.endsWith(".")) {
                s = "\u201C" + s.substring(0, s.length() - 1) + ",\u201D " + SPEAKERS[random.nextInt(SPEAKERS.length)] + " said.";
            }
            if (random.nextInt(15) == 0) {
                s = s + " \uD83D\uDE80";
            }
            b.append(i == 0 ? "" : random.nextInt(3) == 0 ? "\n\n" : " ").append(s);
        }
        return b.toString();
    }

    private Doc doc(String id) {
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("outlet", new String[]{"Herald", "Courier", "Post, Evening"}[random.nextInt(3)]);
        meta.put("year", String.valueOf(2010 + random.nextInt(5)));
        Doc d = new Doc(id, article(), meta);
        good.add(d);
        return d;
    }

    void write(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("txt"));
        ByteArrayOutputStream jsonl = new ByteArrayOutputStream();
        for (int i = 0; i < 200; i++) {
            Doc d = doc(String.format("j%03d", i));
            ObjectNode o = JSON.createObjectNode().put("id", d.id()).put("text", d.text())
                    .put("outlet", d.meta().get("outlet")).put("year", Integer.parseInt(d.meta().get("year")));
            jsonl.write((JSON.writeValueAsString(o) + "\n").getBytes(StandardCharsets.UTF_8));
            if (i == 50) {
                jsonl.write("{\"id\": \"j-bad-utf8\", \"text\": \"Coca fields \u00FF".getBytes(StandardCharsets.UTF_8));
                jsonl.write(new byte[]{(byte) 0xC3, (byte) 0x28});
                jsonl.write(" grew.\"}\n".getBytes(StandardCharsets.UTF_8));
                rejects.put("j-bad-utf8", "UTF-8");
                jsonl.write("{\"id\": \"j-empty\", \"text\": \"  \\n \"}\n".getBytes(StandardCharsets.UTF_8));
                rejects.put("j-empty", "empty");
                jsonl.write(("{\"id\": \"j-huge\", \"text\": \"" + "Police seized cocaine. ".repeat(9000) + "\"}\n")
                        .getBytes(StandardCharsets.UTF_8));
                rejects.put("j-huge", "200,000");
                jsonl.write("{\"id\": \"j-broken\", \"text\": \n".getBytes(StandardCharsets.UTF_8));
                rejects.put("docs.jsonl:" + (i + 5), "JSON");
                jsonl.write("{\"id\": \"dup\", \"text\": \"Farmers grew coca.\"}\n".getBytes(StandardCharsets.UTF_8));
            }
        }
        Files.write(dir.resolve("docs.jsonl"), jsonl.toByteArray());

        StringWriter csv = new StringWriter();
        try (CSVWriter w = new CSVWriter(csv)) {
            w.writeNext(new String[]{"id", "outlet", "text", "year"});
            for (int i = 0; i < 60; i++) {
                Doc d = doc(String.format("c%03d", i));
                w.writeNext(new String[]{d.id(), d.meta().get("outlet"), d.text(), d.meta().get("year")});
            }
            w.writeNext(new String[]{"dup", "Herald", "Police seized cocaine.", "2011"});
            w.writeNext(new String[]{"c-bad-utf8", "Herald", "BAD_BYTES_HERE", "2011"});
        }
        rejects.put("dup", "duplicate");
        byte[] csvBytes = csv.toString().getBytes(StandardCharsets.UTF_8);
        Files.write(dir.resolve("docs.csv"), replace(csvBytes, "BAD_BYTES_HERE", new byte[]{'a', (byte) 0xFF, 'b'}));
        rejects.put("c-bad-utf8", "UTF-8");

        for (int i = 0; i < 20; i++) {
            String id = String.format("t%03d", i);
            String text = article();
            good.add(new Doc(id, text, Map.of()));
            Files.writeString(dir.resolve("txt").resolve(id + ".txt"), text);
        }
        Files.write(dir.resolve("txt").resolve("t-bad-utf8.txt"), new byte[]{'D', 'r', 'u', 'g', (byte) 0x80, '.'});
        rejects.put("t-bad-utf8", "UTF-8");
        Files.write(dir.resolve("txt").resolve("t-empty.txt"), new byte[0]);
        rejects.put("t-empty", "empty");
        Files.writeString(dir.resolve("notes.md"), "not part of the archive");
    }

    List<Doc> parquetDocs() {
        List<Doc> out = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            out.add(doc(String.format("p%03d", i)));
        }
        return out;
    }

    private static byte[] replace(byte[] in, String marker, byte[] with) {
        String s = new String(in, StandardCharsets.ISO_8859_1);
        int at = s.indexOf(marker);
        byte[] out = new byte[in.length - marker.length() + with.length];
        System.arraycopy(in, 0, out, 0, at);
        System.arraycopy(with, 0, out, at, with.length);
        System.arraycopy(in, at + marker.length(), out, at + with.length, in.length - at - marker.length());
        return out;
    }
}
