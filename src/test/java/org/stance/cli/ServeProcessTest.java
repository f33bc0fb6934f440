package org.stance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} as started from the command line, in a child JVM: one access-log line per request
 * (method, route, status, ms, never the body), no ERROR or stack trace for ordinary 4xx answers,
 * and no feedback folder while the admin routes are off.
 */
class ServeProcessTest {

    private static final Pattern READY = Pattern.compile("at (http://127\\.0\\.0\\.1:\\d+)");

    @TempDir
    Path dir;

    private record Served(List<String> log, int exit) {
    }

    private Served serve(String... extra) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "org.stance.cli.Main", "serve", "--port", "0", "--feedback", dir.resolve("feedback").toString()));
        command.addAll(List.of(extra));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("STANCE_ADMIN_TOKEN");
        Process child = builder.start();
        List<String> log = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String base = null;
            String line;
            while (base == null && (line = out.readLine()) != null) {
                log.add(line);
                Matcher m = READY.matcher(line);
                if (m.find()) {
                    base = m.group(1);
                }
            }
            assertTrue(base != null, "the service did not start: " + log);
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            for (String query : List.of("", "?explain=yes")) {
                HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(base + "/v1/classify" + query)).timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"Secret sentence about coca.\"}")).build(),
                        HttpResponse.BodyHandlers.ofString());
                log.add("answer " + answer.statusCode() + " " + answer.body());
            }
            client.send(HttpRequest.newBuilder(URI.create(base + "/nope")).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            child.toHandle().destroy(); // SIGTERM, a graceful stop; keeps the output stream open to read the rest
            while ((line = out.readLine()) != null) {
                log.add(line);
            }
        } finally {
            if (!child.waitFor(30, TimeUnit.SECONDS)) {
                child.destroyForcibly();
            }
        }
        return new Served(log, child.exitValue());
    }

    @Test
    void eachRequestIsOneAccessLogLineAndAClientErrorIsNoError() throws Exception {
        Served s = serve();
        String all = String.join("\n", s.log());
        assertTrue(s.log().stream().anyMatch(l -> l.matches(".*POST /v1/classify 200 [\\d.]+ ms")), all);
        assertTrue(s.log().stream().anyMatch(l -> l.matches(".*POST /v1/classify 400 [\\d.]+ ms")), all);
        assertTrue(s.log().stream().anyMatch(l -> l.matches(".*GET \\* 404 [\\d.]+ ms")), all);
        assertTrue(!all.contains("Secret sentence"), "no request body in the log");
        assertTrue(!all.contains("ERROR") && !all.contains("\tat "), "no error or stack trace for a 4xx:\n" + all);
        assertTrue(!Files.exists(dir.resolve("feedback")), "admin routes off: no feedback folder");
    }

    @Test
    void theAccessLogTurnsOff() throws Exception {
        Served s = serve("--no-access-log");
        assertEquals(0, s.log().stream().filter(l -> l.contains("/v1/classify")).count(), String.join("\n", s.log()));
    }
}
