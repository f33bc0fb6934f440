package org.stance.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.opencsv.CSVReader;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stance.data.CorpusLoader;

/** Corrections and reloads: the token, the file on disk, and atomic swaps that refuse broken models. */
class AdminRoutesTest {

    @TempDir
    Path dir;

    private static final String BEARER = "Bearer " + TestServer.TOKEN;

    private HttpResponse<String> feedback(TestServer s, String body, String auth) throws Exception {
        return s.post("/v1/feedback", "application/json", body.getBytes(StandardCharsets.UTF_8), auth);
    }

    @Test
    void withoutAConfiguredTokenTheRoutesAreOff() throws Exception {
        try (TestServer s = new TestServer(dir.resolve("fb"), null)) {
            HttpResponse<String> r = feedback(s, "{\"text\":\"a\",\"label\":\"none\"}", BEARER);
            assertEquals(403, r.statusCode());
            assertEquals("admin_disabled", TestServer.json(r).get("error").asText());
            r = s.post("/v1/admin/reload", null, new byte[0], BEARER);
            assertEquals(403, r.statusCode());
        }
    }

    @Test
    void aWrongTokenIsUnauthorized() throws Exception {
        try (TestServer s = new TestServer(dir.resolve("fb"), TestServer.TOKEN)) {
            for (String auth : new String[]{null, "Bearer nope", "Bearer " + TestServer.TOKEN + "x", "Basic abc", TestServer.TOKEN}) {
                HttpResponse<String> r = feedback(s, "{\"text\":\"a\",\"label\":\"none\"}", auth);
                assertEquals(401, r.statusCode(), String.valueOf(auth));
                assertEquals("unauthorized", TestServer.json(r).get("error").asText());
            }
        }
    }

    @Test
    void correctionsAreStoredInTheTrainingFormatAndInvalidLabelsRefused() throws Exception {
        Path fb = dir.resolve("fb");
        try (TestServer s = new TestServer(fb, TestServer.TOKEN)) {
            HttpResponse<String> r = feedback(s, "{\"text\":\"As long as there are buyers, the trade goes on.\",\"label\":\"demand\",\"note\":\"was none, \\\"clearly\\\" demand\"}", BEARER);
            assertEquals(201, r.statusCode(), r.body());
            assertEquals("{\"stored\":true}", r.body());
            r = feedback(s, "{\"text\":\"Line one\\nline two, with a comma.\",\"label\":\"none\"}", BEARER);
            assertEquals(201, r.statusCode());
            r = feedback(s, "{\"text\":\"Something.\",\"label\":\"cartels\"}", BEARER);
            assertEquals(400, r.statusCode());
            assertEquals("invalid_label", TestServer.json(r).get("error").asText());
            r = feedback(s, "{\"text\":\"Something.\"}", BEARER);
            assertEquals("invalid_label", TestServer.json(r).get("error").asText());
            r = feedback(s, "{\"text\":\"\",\"label\":\"none\"}", BEARER);
            assertEquals("empty_text", TestServer.json(r).get("error").asText());
        }
        String content = Files.readString(fb.resolve(FeedbackStore.FILE));
        List<String[]> rows = new CSVReader(new StringReader(content)).readAll();
        assertEquals(3, rows.size());
        assertEquals(List.of("text", "label", "source"), List.of(rows.get(0)));
        assertEquals("As long as there are buyers, the trade goes on.", rows.get(1)[0]);
        assertEquals("demand", rows.get(1)[1]);
        assertTrue(rows.get(1)[2].startsWith("feedback ") && rows.get(1)[2].endsWith("was none, \"clearly\" demand"));
        assertEquals("Line one line two, with a comma.", rows.get(2)[0]);
        assertEquals(2, new CorpusLoader(false).loadCorrections(fb).examples().size(), "train reads the feedback folder");
    }

    @Test
    void reloadSwapsInTheFolderAndRefusesABrokenOne() throws Exception {
        Path modelCopy = dir.resolve("model");
        Files.createDirectories(modelCopy);
        try (var files = Files.list(Path.of("model"))) {
            for (Path f : files.toList()) {
                Files.copy(f, modelCopy.resolve(f.getFileName()));
            }
        }
        try (TestServer s = new TestServer(dir.resolve("fb"), TestServer.TOKEN, modelCopy)) {
            String id = TestServer.json(s.get("/health")).get("model").asText();
            HttpResponse<String> r = s.post("/v1/admin/reload", null, new byte[0], BEARER);
            assertEquals(200, r.statusCode(), r.body());
            assertEquals(id, TestServer.json(r).get("model").asText());

            String before = s.postJson("/v1/classify", "{\"text\":\"Coca fields grew.\"}").body();
            byte[] network = Files.readAllBytes(modelCopy.resolve("network.zip"));
            Files.write(modelCopy.resolve("network.zip"), java.util.Arrays.copyOf(network, network.length - 100));
            r = s.post("/v1/admin/reload", null, new byte[0], BEARER);
            assertEquals(422, r.statusCode(), r.body());
            assertEquals("invalid_model", TestServer.json(r).get("error").asText());
            assertTrue(TestServer.json(r).get("message").asText().contains("network.zip"));
            assertEquals(id, TestServer.json(s.get("/health")).get("model").asText(), "the old model keeps serving");
            assertEquals(before, s.postJson("/v1/classify", "{\"text\":\"Coca fields grew.\"}").body());
        }
    }
}
