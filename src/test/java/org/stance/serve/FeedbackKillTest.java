package org.stance.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.opencsv.CSVReader;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service as a child process: killed with SIGKILL while a client sends corrections as fast as
 * it can, every acknowledged correction is in the file after a restart and the file parses; stopped
 * with SIGTERM, it answers the request in flight before it exits.
 */
class FeedbackKillTest {

    private static final Pattern READY = Pattern.compile("at http://127\\.0\\.0\\.1:(\\d+)");

    @TempDir
    Path dir;

    record Child(Process process, int port) {
    }

    private Child startServer(Path feedback) throws Exception {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", classpath, "org.stance.cli.Main", "serve", "--port", "0",
                "--feedback", feedback.toString());
        pb.environment().put(ServerConfig.ADMIN_TOKEN_ENV, TestServer.TOKEN);
        pb.redirectErrorStream(true);
        Process p = pb.start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        String line;
        while (System.nanoTime() < deadline && (line = out.readLine()) != null) {
            Matcher m = READY.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> out.lines().forEach(l -> { }));
                drain.setDaemon(true);
                drain.start();
                return new Child(p, Integer.parseInt(m.group(1)));
            }
        }
        p.destroyForcibly();
        throw new AssertionError("the server did not report ready within 60 s");
    }

    @Test
    void everyAcknowledgedCorrectionSurvivesSigkill() throws Exception {
        Path feedback = dir.resolve("feedback");
        Child child = startServer(feedback);
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        List<String> acknowledged = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean stop = new AtomicBoolean();
        List<Thread> senders = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int thread = t;
            Thread sender = new Thread(() -> {
                for (int i = 0; !stop.get(); i++) {
                    String text = "Correction " + thread + "-" + i + ", with a comma and \"quotes\".";
                    String body = TestServer.JSON.createObjectNode().put("text", text).put("label", "demand")
                            .put("note", "note " + i).toString();
                    try {
                        HttpResponse<String> r = client.send(HttpRequest.newBuilder(
                                        URI.create("http://127.0.0.1:" + child.port() + "/v1/feedback"))
                                .header("Content-Type", "application/json")
                                .header("Authorization", "Bearer " + TestServer.TOKEN)
                                .timeout(Duration.ofSeconds(10))
                                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                        if (r.statusCode() == 201) {
                            acknowledged.add(text);
                        }
                    } catch (Exception e) {
                        return; // the server is gone
                    }
                }
            });
            sender.start();
            senders.add(sender);
        }
        while (acknowledged.size() < 200) {
            Thread.sleep(20);
        }
        child.process().destroyForcibly(); // SIGKILL: no shutdown hook, no flush
        child.process().waitFor(30, TimeUnit.SECONDS);
        stop.set(true);
        for (Thread s : senders) {
            s.join(15_000);
        }

        Child restarted = startServer(feedback);
        restarted.process().destroy();
        restarted.process().waitFor(30, TimeUnit.SECONDS);

        String content = Files.readString(feedback.resolve(FeedbackStore.FILE), StandardCharsets.UTF_8);
        assertTrue(content.endsWith("\n"), "no torn last row");
        List<String[]> rows = new CSVReader(new StringReader(content)).readAll();
        assertEquals(List.of("text", "label", "source"), List.of(rows.get(0)));
        Set<String> stored = new HashSet<>();
        for (String[] row : rows.subList(1, rows.size())) {
            assertEquals(3, row.length, String.join("|", row));
            assertEquals("demand", row[1]);
            stored.add(row[0]);
        }
        for (String text : acknowledged) {
            assertTrue(stored.contains(text), "acknowledged but lost: " + text);
        }
        assertTrue(acknowledged.size() >= 200);
    }

    @Test
    void sigtermAnswersTheRequestInFlightThenExits() throws Exception {
        Child child = startServer(dir.resolve("feedback"));
        String body = "{\"text\":\"Coca growers planted more this year.\"}";
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", child.port())) {
            java.io.OutputStream out = socket.getOutputStream();
            out.write(("POST /v1/classify HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + body.length() + "\r\n\r\n" + body.substring(0, 15)).getBytes(StandardCharsets.UTF_8));
            out.flush();
            Thread.sleep(500);
            child.process().destroy(); // SIGTERM
            Thread.sleep(1000);
            assertTrue(child.process().isAlive(), "still answering the request in flight");
            out.write(body.substring(15).getBytes(StandardCharsets.UTF_8));
            out.flush();
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(response.startsWith("HTTP/1.1 200"), response);
            assertTrue(response.contains("\"label\":"), response);
        }
        assertTrue(child.process().waitFor(20, TimeUnit.SECONDS), "the process exits after the stop");
    }
}
