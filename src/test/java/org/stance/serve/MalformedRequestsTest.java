package org.stance.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Malformed requests, each with the status and code the contract lists, and proof that none of
 * them changes what the service answers next.
 */
class MalformedRequestsTest {

    @TempDir
    static Path feedback;
    static TestServer server;
    static OpenApiSchemas schemas;
    static String referenceAnswer;
    static final String REFERENCE = "{\"texts\":[\"Coca cultivation rose again.\",\"We are the market.\",\"Photo: AP\"]}";

    @BeforeAll
    static void start() throws Exception {
        server = new TestServer(feedback, TestServer.TOKEN);
        schemas = new OpenApiSchemas();
        referenceAnswer = server.postJson("/v1/classify", REFERENCE).body();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** One bad request: what is sent, and the status and error code it must get. */
    record Case(String name, String method, String path, String contentType, byte[] body, int status, String code) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Case json(String name, String path, String body, int status, String code) {
        return new Case(name, "POST", path, "application/json", body.getBytes(StandardCharsets.UTF_8), status, code);
    }

    private static Case raw(String name, String path, String type, byte[] body, int status, String code) {
        return new Case(name, "POST", path, type, body, status, code);
    }

    private static String repeat(String s, int n) {
        return s.repeat(n);
    }

    static Stream<Case> cases() {
        List<Case> c = new ArrayList<>();
        String classify = "/v1/classify";
        String analyze = "/v1/analyze";
        // Not JSON, or not the shape of the contract.
        c.add(json("garbage", classify, "not json", 400, "invalid_json"));
        c.add(json("truncated object", classify, "{\"text\": \"We are the mar", 400, "invalid_json"));
        c.add(json("truncated after colon", classify, "{\"text\":", 400, "invalid_json"));
        c.add(json("only an opening brace", classify, "{", 400, "invalid_json"));
        c.add(json("empty body", classify, "", 400, "invalid_json"));
        c.add(json("white space body", classify, "   \n ", 400, "invalid_json"));
        c.add(json("JSON null", classify, "null", 400, "invalid_json"));
        c.add(json("JSON array", classify, "[\"a sentence\"]", 400, "invalid_json"));
        c.add(json("JSON string", classify, "\"a sentence\"", 400, "invalid_json"));
        c.add(json("JSON number", classify, "42", 400, "invalid_json"));
        c.add(json("trailing garbage", classify, "{\"text\":\"Coca.\"} extra", 400, "invalid_json"));
        c.add(json("two objects", classify, "{\"text\":\"a\"}{\"text\":\"b\"}", 400, "invalid_json"));
        c.add(json("single quotes", classify, "{'text':'Coca.'}", 400, "invalid_json"));
        c.add(json("unquoted key", classify, "{text:\"Coca.\"}", 400, "invalid_json"));
        c.add(json("trailing comma", classify, "{\"text\":\"Coca.\",}", 400, "invalid_json"));
        c.add(json("text is a number", classify, "{\"text\": 42}", 400, "invalid_json"));
        c.add(json("text is a huge number", classify, "{\"text\": 1e999999}", 400, "invalid_json"));
        c.add(json("text is a long integer", classify, "{\"text\": " + repeat("9", 5000) + "}", 400, "invalid_json"));
        c.add(json("text is null", classify, "{\"text\": null}", 400, "invalid_json"));
        c.add(json("text is true", classify, "{\"text\": true}", 400, "invalid_json"));
        c.add(json("text is an object", classify, "{\"text\": {\"a\": 1}}", 400, "invalid_json"));
        c.add(json("text is a list", classify, "{\"text\": [\"a\"]}", 400, "invalid_json"));
        c.add(json("texts is an object", classify, "{\"texts\": {\"a\": \"b\"}}", 400, "invalid_json"));
        c.add(json("texts is a string", classify, "{\"texts\": \"Coca.\"}", 400, "invalid_json"));
        c.add(json("texts is null", classify, "{\"texts\": null}", 400, "invalid_json"));
        c.add(json("texts holds a number", classify, "{\"texts\": [\"Coca.\", 3]}", 400, "invalid_json"));
        c.add(json("texts holds null", classify, "{\"texts\": [null]}", 400, "invalid_json"));
        c.add(json("texts holds a list", classify, "{\"texts\": [[\"Coca.\"]]}", 400, "invalid_json"));
        c.add(json("both text and texts", classify, "{\"text\":\"a\",\"texts\":[\"b\"]}", 400, "invalid_json"));
        c.add(json("deep nesting", classify, repeat("[", 5000) + repeat("]", 5000), 400, "invalid_json"));
        c.add(json("deep nesting in a field", classify, "{\"text\":\"a\",\"x\":" + repeat("{\"a\":", 3000) + "1"
                + repeat("}", 3000) + "}", 400, "invalid_json"));
        c.add(raw("invalid UTF-8 in JSON", classify, "application/json",
                new byte[]{'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'}, 400, "invalid_json"));
        c.add(raw("lone continuation byte", classify, "application/json",
                new byte[]{'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0x80, '"', '}'}, 400, "invalid_json"));
        c.add(json("raw control character in a string", classify, "{\"text\":\"a\u0001b\"}", 400, "invalid_json"));
        c.add(json("bad escape", classify, "{\"text\":\"a\\qb\"}", 400, "invalid_json"));
        c.add(json("NaN literal", classify, "{\"text\": NaN}", 400, "invalid_json"));
        c.add(json("comment", classify, "/* hi */ {\"text\":\"Coca.\"}", 400, "invalid_json"));
        // Missing or empty text.
        c.add(json("empty object", classify, "{}", 400, "missing_text"));
        c.add(json("misspelt field", classify, "{\"txt\":\"Coca.\"}", 400, "missing_text"));
        c.add(json("empty text", classify, "{\"text\":\"\"}", 400, "empty_text"));
        c.add(json("white-space text", classify, "{\"text\":\"  \\n\\t \"}", 400, "empty_text"));
        c.add(json("empty text in a batch", classify, "{\"texts\":[\"Coca.\", \"\"]}", 400, "empty_text"));
        c.add(json("analyze empty object", analyze, "{}", 400, "missing_text"));
        c.add(json("analyze empty text", analyze, "{\"text\":\" \"}", 400, "empty_text"));
        c.add(json("analyze text is a number", analyze, "{\"text\": 5}", 400, "invalid_json"));
        c.add(json("analyze truncated", analyze, "{\"text\": \"An art", 400, "invalid_json"));
        // Limits.
        c.add(json("text over 10,000 characters", classify, "{\"text\":\"" + repeat("a", 10_001) + "\"}", 413, "too_large"));
        c.add(json("a batch text over 10,000 characters", classify, "{\"texts\":[\"" + repeat("a", 10_001) + "\"]}", 413, "too_large"));
        StringBuilder many = new StringBuilder("{\"texts\":[");
        for (int i = 0; i < 1001; i++) {
            many.append(i == 0 ? "" : ",").append("\"t").append(i).append('"');
        }
        c.add(json("1,001 texts", classify, many.append("]}").toString(), 413, "too_large"));
        c.add(json("article over 200,000 characters", analyze, "{\"text\":\"" + repeat("word ", 40_001) + "\"}", 413, "too_large"));
        c.add(json("body over 1 MiB", classify, "{\"text\":\"" + repeat("a", 1 << 20) + "\"}", 413, "too_large"));
        c.add(json("a 10 MB body", classify, "{\"texts\":[\"" + repeat("b", 10 << 20) + "\"]}", 413, "too_large"));
        // Media types.
        c.add(raw("text/plain", classify, "text/plain", "Coca.".getBytes(StandardCharsets.UTF_8), 415, "unsupported_media_type"));
        c.add(raw("no Content-Type", classify, null, "{\"text\":\"Coca.\"}".getBytes(StandardCharsets.UTF_8), 415, "unsupported_media_type"));
        c.add(raw("form encoding", classify, "application/x-www-form-urlencoded", "text=Coca".getBytes(StandardCharsets.UTF_8), 415, "unsupported_media_type"));
        c.add(raw("XML", classify, "application/xml", "<text>Coca.</text>".getBytes(StandardCharsets.UTF_8), 415, "unsupported_media_type"));
        c.add(raw("JSON in Latin-1", classify, "application/json; charset=iso-8859-1", "{\"text\":\"Coca.\"}".getBytes(StandardCharsets.UTF_8), 415, "unsupported_media_type"));
        c.add(raw("CSV to analyze", analyze, "text/csv", "text\nCoca.\n".getBytes(StandardCharsets.UTF_8), 415, "unsupported_media_type"));
        c.add(raw("multipart", classify, "multipart/form-data; boundary=x", "--x--".getBytes(StandardCharsets.UTF_8), 415, "unsupported_media_type"));
        // CSV.
        c.add(raw("CSV without a text column", classify, "text/csv", "id,sentence\n1,Coca.\n".getBytes(StandardCharsets.UTF_8), 400, "missing_text"));
        c.add(raw("empty CSV", classify, "text/csv", new byte[0], 400, "missing_text"));
        c.add(raw("CSV with ragged rows", classify, "text/csv", "id,text\n1,Coca.\n2\n3,a,b\n".getBytes(StandardCharsets.UTF_8), 400, "invalid_csv"));
        c.add(raw("CSV with no header (a sentence as header)", classify, "text/csv", "Coca grew.\nLabs are busy.\n".getBytes(StandardCharsets.UTF_8), 400, "missing_text"));
        c.add(raw("CSV with an unterminated quote", classify, "text/csv", "text\n\"Coca grew.\n".getBytes(StandardCharsets.UTF_8), 400, "invalid_csv"));
        c.add(raw("CSV with an empty text cell", classify, "text/csv", "id,text\n1,\n".getBytes(StandardCharsets.UTF_8), 400, "empty_text"));
        c.add(raw("CSV with invalid UTF-8", classify, "text/csv", new byte[]{'t', 'e', 'x', 't', '\n', (byte) 0xFF, 'a', '\n'}, 400, "invalid_csv"));
        StringBuilder rows = new StringBuilder("text\n");
        for (int i = 0; i < 1001; i++) {
            rows.append("Sentence ").append(i).append(".\n");
        }
        c.add(raw("CSV with 1,001 rows", classify, "text/csv", rows.toString().getBytes(StandardCharsets.UTF_8), 413, "too_large"));
        // Query parameters.
        for (String value : List.of("maybe", "yes", "1", "0", "", "TRUE")) {
            c.add(json("classify explain=" + value, classify + "?explain=" + value, "{\"text\":\"Coca.\"}", 400, "invalid_parameter"));
            c.add(json("analyze explain=" + value, analyze + "?explain=" + value, "{\"text\":\"Coca.\"}", 400, "invalid_parameter"));
        }
        c.add(raw("CSV explain=yes", classify + "?explain=yes", "text/csv", "text\nCoca.\n".getBytes(StandardCharsets.UTF_8), 400, "invalid_parameter"));
        // Routes and methods.
        c.add(new Case("unknown route", "GET", "/v2/classify", null, null, 404, "not_found"));
        c.add(new Case("unknown route POST", "POST", "/classify", "application/json", "{}".getBytes(), 404, "not_found"));
        c.add(new Case("GET on classify", "GET", classify, null, null, 405, "method_not_allowed"));
        c.add(new Case("PUT on classify", "PUT", classify, "application/json", "{\"text\":\"a\"}".getBytes(), 405, "method_not_allowed"));
        c.add(new Case("DELETE on health", "DELETE", "/health", null, null, 405, "method_not_allowed"));
        c.add(new Case("POST on health", "POST", "/health", "application/json", "{}".getBytes(), 405, "method_not_allowed"));
        c.add(new Case("GET on analyze", "GET", analyze, null, null, 405, "method_not_allowed"));
        // Admin routes with bad credentials or bodies.
        c.add(new Case("feedback without a token", "POST", "/v1/feedback", "application/json",
                "{\"text\":\"a\",\"label\":\"none\"}".getBytes(), 401, "unauthorized"));
        c.add(new Case("reload without a token", "POST", "/v1/admin/reload", null, null, 401, "unauthorized"));
        return c.stream();
    }

    @Test
    void thereAreAtLeastSixtyCases() {
        assertTrue(cases().count() >= 60, "cases: " + cases().count());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachBadRequestGetsItsStatusAndCodeAndChangesNothing(Case c) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(server.uri(c.path())).timeout(Duration.ofSeconds(60));
        HttpRequest.BodyPublisher body = c.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(c.body());
        b.method(c.method(), body);
        if (c.contentType() != null) {
            b.header("Content-Type", c.contentType());
        }
        HttpResponse<String> r = server.client.send(b.build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(c.status(), r.statusCode(), r.body());
        JsonNode error = TestServer.json(r);
        assertEquals(c.code(), error.get("error").asText(), r.body());
        assertTrue(error.get("message").asText().length() > 15, "the message explains: " + r.body());
        assertTrue(schemas.validate("Error", error).isEmpty(), r.body());
        assertEquals(referenceAnswer, server.postJson("/v1/classify", REFERENCE).body(), "later answers unchanged");
    }

    @Test
    void manyBadRequestsInARowLeaveTheServiceAnsweringAsBefore() throws Exception {
        for (Case c : cases().toList()) {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.uri(c.path()).toString()))
                    .method(c.method(), c.body() == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(c.body()));
            if (c.contentType() != null) {
                b.header("Content-Type", c.contentType());
            }
            int status;
            try {
                status = server.client.send(b.build(), HttpResponse.BodyHandlers.ofString()).statusCode();
            } catch (java.io.IOException e) {
                throw new AssertionError(c.name() + ": " + e, e);
            }
            assertEquals(c.status(), status, c.name());
        }
        assertEquals(referenceAnswer, server.postJson("/v1/classify", REFERENCE).body());
        assertEquals(200, server.get("/health").statusCode());
    }

    /** Requests Jetty refuses before routing: raw bytes on a socket, since an HTTP client will not send them. */
    static Stream<org.junit.jupiter.params.provider.Arguments> protocolErrors() {
        String longUri = "/v1/classify?x=" + "a".repeat(20_000);
        String bigHeader = "X-Filler: " + "b".repeat(20_000) + "\r\n";
        return Stream.of(
                org.junit.jupiter.params.provider.Arguments.of("no Host header",
                        "GET /health HTTP/1.1\r\n\r\n", 400, "bad_request"),
                org.junit.jupiter.params.provider.Arguments.of("garbage request line",
                        "HELLO THERE\r\nHost: x\r\n\r\n", 505, "bad_request"),
                org.junit.jupiter.params.provider.Arguments.of("malformed header line",
                        "GET /health HTTP/1.1\r\nHost: x\r\nno colon here\r\n\r\n", 400, "bad_request"),
                org.junit.jupiter.params.provider.Arguments.of("URI over the limit",
                        "GET " + longUri + " HTTP/1.1\r\nHost: x\r\n\r\n", 414, "too_large"),
                org.junit.jupiter.params.provider.Arguments.of("headers over the limit",
                        "GET /health HTTP/1.1\r\nHost: x\r\n" + bigHeader + "\r\n", 431, "too_large"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("protocolErrors")
    void requestsRefusedBeforeRoutingStillGetAJsonError(String name, String request, int status, String code) throws Exception {
        String answer;
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.server.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(answer.startsWith("HTTP/1.1 " + status), answer);
        assertTrue(answer.toLowerCase(java.util.Locale.ROOT).contains("content-type: application/json"), answer);
        JsonNode error = TestServer.JSON.readTree(answer.substring(answer.indexOf("\r\n\r\n") + 4));
        assertEquals(code, error.get("error").asText(), answer);
        assertTrue(schemas.validate("Error", error).isEmpty(), answer);
        assertEquals(referenceAnswer, server.postJson("/v1/classify", REFERENCE).body(), "later answers unchanged");
    }
}
