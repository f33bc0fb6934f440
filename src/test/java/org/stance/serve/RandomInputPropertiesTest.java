package org.stance.serve;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/** Random Unicode texts and random byte bodies: the service never answers 5xx and never hangs. */
class RandomInputPropertiesTest {

    private static TestServer server;
    private static String reference;

    @BeforeContainer
    static void start() throws Exception {
        server = new TestServer(Files.createTempDirectory("feedback"), TestServer.TOKEN);
        reference = server.postJson("/v1/classify", "{\"text\":\"Coca fields grew again.\"}").body();
    }

    @AfterContainer
    static void stop() {
        server.close();
        server = null;
    }

    @Provide
    Arbitrary<String> unicode() {
        return Arbitraries.strings().all().ofMinLength(0).ofMaxLength(400);
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        return Arbitraries.bytes().array(byte[].class).ofMinSize(0).ofMaxSize(600);
    }

    @Provide
    Arbitrary<String> contentTypes() {
        return Arbitraries.of("application/json", "text/csv", "text/csv; charset=utf-8", "application/json; charset=UTF-8");
    }

    @Provide
    Arbitrary<String> routes() {
        return Arbitraries.of("/v1/classify", "/v1/classify?explain=true", "/v1/analyze");
    }

    private static int send(String route, String type, byte[] body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(server.uri(route)).timeout(Duration.ofSeconds(20))
                .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return server.client.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    @Property(tries = 300)
    void randomUnicodeTextsAreClassifiedOrRefusedCleanly(@ForAll("unicode") String text, @ForAll("routes") String route)
            throws Exception {
        String body = TestServer.JSON.createObjectNode().put("text", text).toString();
        int status = send(route, "application/json", body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(status == 200 || status == 400, "status " + status + " for " + body);
    }

    @Property(tries = 300)
    void randomByteBodiesNeverFailTheServer(@ForAll("bytes") byte[] body, @ForAll("contentTypes") String type,
                                            @ForAll("routes") String route) throws Exception {
        int status = send(route, type, body);
        assertTrue(status < 500, "status " + status);
    }

    @Property(tries = 200)
    void randomCsvTextsAreAnsweredRowForRow(@ForAll("unicode") String text) throws Exception {
        String cell = "\"" + text.replace("\"", "\"\"") + "\"";
        int status = send("/v1/classify", "text/csv", ("id,text\n1," + cell + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(status == 200 || status == 400, "status " + status);
        assertTrue(reference.equals(server.postJson("/v1/classify", "{\"text\":\"Coca fields grew again.\"}").body()));
    }
}
