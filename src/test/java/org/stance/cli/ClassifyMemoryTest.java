package org.stance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * {@code classify -} streams: a child JVM with a 256 MB heap labels 512 MB of CSV piped through it
 * (each row carries 8 KB of pass-through text), which cannot be done while holding the rows.
 * The output is checked row by row: all rows, in order.
 */
class ClassifyMemoryTest {

    static final int ROWS = 64_000;
    static final String PADDING = "x".repeat(8 * 1024);
    static final String[] SENTENCES = {"Growers planted more coca in the valley.", "The cartel's accountant was arrested.",
            "Overdose deaths rose again last year.", "The committee met on Tuesday."};

    @Test
    void memoryStaysFlatOnAnInputLargerThanTheHeap() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                "org.stance.cli.Main", "classify", "-", "--model", "model")
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        CompletableFuture<Void> feeding = CompletableFuture.runAsync(() -> {
            try (Writer in = new BufferedWriter(new OutputStreamWriter(child.getOutputStream(), StandardCharsets.UTF_8), 1 << 16)) {
                in.write("id,text,padding\n");
                for (int i = 0; i < ROWS; i++) {
                    in.write(i + ",\"" + SENTENCES[i % SENTENCES.length] + " " + i + "\"," + PADDING + "\n");
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        long rows = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String header = out.readLine();
            assertEquals(String.join(",", List.of("id", "text", "padding", "label", "confidence", "score_demand",
                    "score_supply", "score_enforcement", "score_none", "error")), header);
            String line;
            while ((line = out.readLine()) != null) {
                assertEquals(Long.toString(rows), line.substring(0, line.indexOf(',')), "rows stay in input order");
                assertTrue(line.endsWith(","), "no error on row " + rows);
                rows++;
            }
        }
        assertEquals(0, child.waitFor(), "the child ran out of memory or failed (its stderr is above)");
        feeding.join();
        assertEquals(ROWS, rows);
    }
}
