package org.stance.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.stance.model.ModelArtifact;
import org.stance.model.StanceModel;

/** The real server with the shipped model on a free loopback port, and a real HTTP client for it. */
final class TestServer implements AutoCloseable {

    static final String TOKEN = "test-token-0123456789";
    static final ObjectMapper JSON = new ObjectMapper();

    final StanceServer server;
    final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    final Path feedbackDir;

    TestServer(Path feedbackDir, String token) throws Exception {
        this(feedbackDir, token, Path.of("model"));
    }

    TestServer(Path feedbackDir, String token, Path modelDir) throws Exception {
        StanceModel model = ModelArtifact.load(modelDir);
        this.feedbackDir = feedbackDir;
        this.server = StanceServer.start(model, ServerConfig.defaults().withPort(0).withModelDir(modelDir)
                .withFeedbackDir(feedbackDir).withAdminToken(token));
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri(path)).GET().timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String contentType, String body) throws IOException, InterruptedException {
        return post(path, contentType, body.getBytes(java.nio.charset.StandardCharsets.UTF_8), null);
    }

    HttpResponse<String> post(String path, String contentType, byte[] body, String authorization)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> postJson(String path, String json) throws IOException, InterruptedException {
        return post(path, "application/json", json);
    }

    static JsonNode json(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }

    @Override
    public void close() {
        server.close();
    }
}
