package org.stance.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stance.data.Label;
import org.stance.data.TextTable;
import org.stance.model.ModelArtifact;
import org.stance.model.Prediction;
import org.stance.model.StanceModel;

/** Each route of the contract through a real HTTP client, answers checked against the OpenAPI schemas. */
class ServerRoutesTest {

    @TempDir
    static Path feedback;
    static TestServer server;
    static StanceModel model;
    static OpenApiSchemas schemas;

    @BeforeAll
    static void start() throws Exception {
        server = new TestServer(feedback, TestServer.TOKEN);
        model = ModelArtifact.load(Path.of("model"));
        schemas = new OpenApiSchemas();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static void conforms(String schema, JsonNode value) throws Exception {
        var errors = schemas.validate(schema, value);
        assertTrue(errors.isEmpty(), schema + ": " + errors + " in " + value);
    }

    private static void assertPrediction(Prediction expected, JsonNode actual) {
        assertEquals(expected.label().id(), actual.get("label").asText());
        assertEquals(expected.confidence(), actual.get("confidence").asDouble(), 1e-12);
        for (Label l : Label.ALL) {
            assertEquals(expected.score(l), actual.get("scores").get(l.id()).asDouble(), 1e-12);
        }
    }

    @Test
    void healthNamesTheModel() throws Exception {
        HttpResponse<String> r = server.get("/health");
        assertEquals(200, r.statusCode());
        assertEquals("application/json", r.headers().firstValue("Content-Type").orElse(""));
        JsonNode body = TestServer.json(r);
        conforms("Health", body);
        assertEquals(model.id(), body.get("model").asText());
        assertEquals(model.id(), r.headers().firstValue("X-Model").orElse(""), "every answer carries the model id");
        assertEquals(model.id(), server.get("/nowhere").headers().firstValue("X-Model").orElse(""));
    }

    @Test
    void modelGivesProvenanceAndTestMetrics() throws Exception {
        HttpResponse<String> r = server.get("/v1/model");
        assertEquals(200, r.statusCode());
        JsonNode body = TestServer.json(r);
        conforms("ModelInfo", body);
        assertEquals(model.id(), body.get("id").asText());
        assertEquals(Label.ids(), TestServer.JSON.convertValue(body.get("labels"), List.class));
        assertEquals(model.info().metrics().macroF1(), body.at("/metrics/macroF1").asDouble(), 1e-12);
        assertEquals(model.info().trainingExamples(), body.get("trainingExamples").asInt());
    }

    @Test
    void openApiDescribesEveryRoute() throws Exception {
        HttpResponse<String> r = server.get("/openapi.json");
        assertEquals(200, r.statusCode());
        JsonNode doc = TestServer.json(r);
        assertTrue(doc.get("openapi").asText().startsWith("3."));
        for (String path : List.of("/health", "/v1/model", "/metrics", "/openapi.json", "/v1/classify", "/v1/analyze",
                "/v1/feedback", "/v1/admin/reload")) {
            assertTrue(doc.get("paths").has(path), path);
        }
    }

    @Test
    void classifyOneSentence() throws Exception {
        String text = "We must confront the reality that we are the market.";
        HttpResponse<String> r = server.postJson("/v1/classify", TestServer.JSON.createObjectNode().put("text", text).toString());
        assertEquals(200, r.statusCode());
        JsonNode body = TestServer.json(r);
        conforms("ClassifyResult", body);
        assertPrediction(model.predict(text), body);
        assertEquals(model.id(), body.get("model").asText());
        assertTrue(!body.has("evidence"));
    }

    @Test
    void classifyManyKeepsTheOrder() throws Exception {
        List<String> texts = List.of("Coca cultivation rose again in Putumayo.", "Photo by the press office.",
                "The cartel's accountant was extradited.", "Treatment beds are scarce in rural counties.");
        var request = TestServer.JSON.createObjectNode();
        texts.forEach(request.putArray("texts")::add);
        HttpResponse<String> r = server.postJson("/v1/classify", request.toString());
        assertEquals(200, r.statusCode());
        JsonNode body = TestServer.json(r);
        conforms("ClassifyBatchResult", body);
        assertEquals(texts.size(), body.get("results").size());
        for (int i = 0; i < texts.size(); i++) {
            assertPrediction(model.predict(texts.get(i)), body.get("results").get(i));
        }
    }

    @Test
    void explainAddsEvidenceFromTheSentence() throws Exception {
        String text = "Soldiers pulled up coca bushes and destroyed two cocaine labs.";
        HttpResponse<String> r = server.postJson("/v1/classify?explain=true",
                TestServer.JSON.createObjectNode().put("text", text).toString());
        assertEquals(200, r.statusCode());
        JsonNode body = TestServer.json(r);
        conforms("ClassifyResult", body);
        JsonNode evidence = body.get("evidence");
        assertTrue(evidence.size() > 0);
        for (JsonNode e : evidence) {
            assertTrue(text.toLowerCase().contains(e.get("token").asText()), e.toString());
        }
        assertEquals(model.explain(text, model.info().config().explainTopK()).evidence().get(0).token(),
                evidence.get(0).get("token").asText());
    }

    @Test
    void csvRoundTripKeepsColumnsQuotesCommasNewlinesAndBom() throws Exception {
        String csv = "\uFEFFid,text,source\r\n"
                + "1,\"Growers planted more coca, again.\",\"a \"\"quoted\"\" note\"\r\n"
                + "2,\"A sentence\nover two lines about overdoses.\",\r\n";
        HttpResponse<String> r = server.post("/v1/classify", "text/csv", csv);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        TextTable table = TextTable.parse(r.body());
        assertEquals(List.of("id", "text", "source", "label", "confidence", "score_demand", "score_supply",
                "score_enforcement", "score_none"), table.header());
        assertEquals(2, table.rows().size());
        assertArrayEquals(new String[]{"1", "Growers planted more coca, again.", "a \"quoted\" note"},
                java.util.Arrays.copyOf(table.rows().get(0), 3));
        assertEquals("A sentence\nover two lines about overdoses.", table.rows().get(1)[1]);
        Prediction p = model.predict("A sentence\nover two lines about overdoses.");
        assertEquals(p.label().id(), table.rows().get(1)[3]);
        assertEquals(p.confidence(), Double.parseDouble(table.rows().get(1)[4]), 1e-6);
    }

    @Test
    void analyzeSplitsAttributesAndCounts() throws Exception {
        String article = "Officials vow to fight fentanyl\n\nBy Ana Ruiz\n\n"
                + "\u201cWe are the market for these drugs,\u201d Secretary of State Rex Tillerson said. "
                + "Kelly said the cartels move the money through front companies.\n\n"
                + "Photo: AP";
        HttpResponse<String> r = server.postJson("/v1/analyze", TestServer.JSON.createObjectNode().put("text", article).toString());
        assertEquals(200, r.statusCode());
        JsonNode body = TestServer.json(r);
        conforms("AnalyzeResult", body);
        JsonNode sentences = body.get("sentences");
        assertEquals(5, sentences.size());
        List<String> speakers = new ArrayList<>();
        int[] summary = new int[4];
        for (JsonNode s : sentences) {
            assertEquals(s.get("text").asText(), article.substring(s.get("start").asInt(), s.get("end").asInt()));
            assertPrediction(model.predict(s.get("text").asText()), s);
            speakers.add(s.get("speaker").isNull() ? null : s.get("speaker").asText());
            summary[Label.parse(s.get("label").asText()).orElseThrow().ordinal()]++;
        }
        assertEquals(java.util.Arrays.asList(null, null, "Tillerson", "Kelly", null), speakers);
        for (Label l : Label.ALL) {
            assertEquals(summary[l.ordinal()], body.get("summary").get(l.id()).asInt());
        }
        assertEquals(java.util.Set.of("Tillerson", "Kelly"), toSet(body.get("speakers").fieldNames()));
        int tillerson = 0;
        for (Label l : Label.ALL) {
            tillerson += body.at("/speakers/Tillerson/" + l.id()).asInt();
        }
        assertEquals(1, tillerson);
    }

    @Test
    void analyzeTakesTheArticleAsPlainTextAndExplains() throws Exception {
        String article = "Kelly said the cartels move the money through front companies.\n\n"
                + "\uD83D\uDEA8 Coca fields expanded in Putumayo.";
        JsonNode json = TestServer.json(server.postJson("/v1/analyze", TestServer.JSON.createObjectNode().put("text", article).toString()));
        HttpResponse<String> r = server.post("/v1/analyze", "text/plain; charset=utf-8", article);
        assertEquals(200, r.statusCode(), r.body());
        JsonNode plain = TestServer.json(r);
        conforms("AnalyzeResult", plain);
        assertEquals(json, plain, "the same article as JSON or as the body gives the same answer");
        assertTrue(!plain.at("/sentences/0").has("evidence"));

        HttpResponse<String> explained = server.post("/v1/analyze?explain=true", "text/plain", article);
        assertEquals(200, explained.statusCode(), explained.body());
        JsonNode body = TestServer.json(explained);
        conforms("AnalyzeResult", body);
        assertEquals(json.get("summary"), body.get("summary"));
        for (JsonNode s : body.get("sentences")) {
            String text = s.get("text").asText();
            List<String> tokens = new ArrayList<>();
            s.get("evidence").forEach(e -> tokens.add(e.get("token").asText()));
            assertEquals(model.explain(text, model.info().config().explainTopK()).evidence().stream()
                    .map(Prediction.Evidence::token).toList(), tokens, text);
        }
        JsonNode doc = schemas.document().at("/paths/~1v1~1analyze/post");
        assertTrue(doc.at("/requestBody/content").has("text/plain"));
        assertEquals("explain", doc.at("/parameters/0/name").asText());
    }

    @Test
    void plainTextArticlesFailLikeJsonOnes() throws Exception {
        assertError(server.post("/v1/analyze", "text/plain", ""), 400, "empty_text");
        assertError(server.post("/v1/analyze", "text/plain", " \n\t "), 400, "empty_text");
        assertError(server.post("/v1/analyze", "text/plain", new byte[]{'C', 'o', (byte) 0xC3, '.'}, null), 400, "invalid_json");
        assertError(server.post("/v1/analyze", "text/plain", "Coca. ".repeat(35_000)), 413, "too_large");
        assertError(server.post("/v1/analyze", "text/plain; charset=iso-8859-1", "Coca."), 415, "unsupported_media_type");
        assertError(server.post("/v1/analyze", "text/html", "Coca."), 415, "unsupported_media_type");
        assertEquals(200, server.get("/health").statusCode(), "still serving");
    }

    private static void assertError(HttpResponse<String> r, int status, String code) throws Exception {
        assertEquals(status, r.statusCode(), r.body());
        JsonNode body = TestServer.json(r);
        conforms("Error", body);
        assertEquals(code, body.get("error").asText());
        assertTrue(body.get("message").asText().length() > 10);
    }

    @Test
    void aBadCsvIsInvalidCsvAndNamesItsLine() throws Exception {
        HttpResponse<String> r = server.post("/v1/classify", "text/csv", "id,text\n1,Coca.\n2,\"never closed\n3,Labs.\n");
        assertEquals(400, r.statusCode());
        JsonNode body = TestServer.json(r);
        conforms("Error", body);
        assertEquals("invalid_csv", body.get("error").asText());
        assertTrue(body.get("message").asText().contains("line 3"), body.toString());
    }

    @Test
    void analyzeOffsetsAreCodePointsAfterEmojiCjkAndCombiningAccents() throws Exception {
        String article = "\ud83d\ude00 \u6bd2\u54c1 Cafe\u0301\n\n\u201cThe demand \ud83d\udc8a is ours,\u201d Tillerson said. "
                + "Kelly \ud83c\uddf2\ud83c\uddfd said the cartels launder money.";
        HttpResponse<String> r = server.postJson("/v1/analyze", TestServer.JSON.createObjectNode().put("text", article).toString());
        assertEquals(200, r.statusCode());
        JsonNode sentences = TestServer.json(r).get("sentences");
        assertEquals(3, sentences.size());
        int[][] expected = {{0, 10}, {12, 51}, {52, 92}}; // Python: [(m.start(), m.end()) ...] of the three sentences
        for (int i = 0; i < 3; i++) {
            JsonNode s = sentences.get(i);
            assertEquals(expected[i][0], s.get("start").asInt(), s.toString());
            assertEquals(expected[i][1], s.get("end").asInt(), s.toString());
            int from = article.offsetByCodePoints(0, expected[i][0]);
            assertEquals(s.get("text").asText(), article.substring(from, article.offsetByCodePoints(from, expected[i][1] - expected[i][0])));
        }
    }

    private static java.util.Set<String> toSet(java.util.Iterator<String> it) {
        java.util.Set<String> out = new java.util.HashSet<>();
        it.forEachRemaining(out::add);
        return out;
    }

    @Test
    void metricsCountRequestsPerRouteAndNameTheModel() throws Exception {
        server.postJson("/v1/classify", "{\"text\":\"Coca fields expanded.\"}");
        HttpResponse<String> r = server.get("/metrics");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
        String text = r.body();
        assertTrue(text.contains("stance_http_requests_seconds_count{method=\"POST\",route=\"/v1/classify\",status=\"200\"}"), text);
        assertTrue(text.contains("stance_http_requests_seconds_bucket{method=\"POST\",route=\"/v1/classify\""), "latency histogram");
        assertTrue(text.contains("stance_model_info{model=\"" + model.id() + "\"} 1"), "model id");
        assertTrue(text.contains("jetty_threads_current"), "jetty metrics");
        String label = model.predict("Coca fields expanded.").label().id();
        assertTrue(text.contains("stance_predictions_total{label=\"" + label + "\",route=\"/v1/classify\"}"), text);
        server.postJson("/v1/analyze", "{\"text\":\"Coca fields expanded. Labs are busy.\"}");
        assertTrue(server.get("/metrics").body().contains("stance_predictions_total{label=\"" + label + "\",route=\"/v1/analyze\"}"));
    }

    @Test
    void openApiNamesTheAddressListenedOnAndTheVersionOfThePom() throws Exception {
        JsonNode doc = TestServer.json(server.get("/openapi.json"));
        assertEquals("http://127.0.0.1:" + server.server.port(), doc.at("/servers/0/url").asText());
        String pom = Files.readString(Path.of("pom.xml"));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<artifactId>stance</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
        assertTrue(m.find());
        assertEquals(m.group(1), doc.at("/info/version").asText());
        assertEquals(m.group(1), TestServer.json(server.get("/v1/model")).get("version").asText());
        assertEquals(m.group(1), org.stance.Version.get());
    }

    @Test
    void withTheAdminRoutesOffNoFeedbackFolderIsMade() throws Exception {
        Path folder = feedback.resolveSibling(feedback.getFileName() + "-off");
        try (TestServer off = new TestServer(folder, null)) {
            assertEquals(403, off.postJson("/v1/feedback", "{\"text\":\"a\",\"label\":\"none\"}").statusCode());
        }
        assertTrue(!Files.exists(folder), "nothing stored, nothing made");
    }
}
