package org.stance.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stopping the server answers the requests already in flight, then refuses new connections. */
class GracefulShutdownTest {

    @TempDir
    Path dir;

    @Test
    void requestsInFlightAreAnsweredBeforeTheServerStops() throws Exception {
        TestServer s = new TestServer(dir.resolve("fb"), null);
        String body = "{\"text\":\"Treatment beds are scarce across the state.\"}";
        String expected = s.postJson("/v1/classify", body).body();
        java.net.URI health = s.uri("/health");
        try (Socket socket = new Socket("127.0.0.1", s.server.port())) {
            OutputStream out = socket.getOutputStream();
            // Headers and half the body: the request is in the handler, waiting for the rest.
            out.write(("POST /v1/classify HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + body.length() + "\r\n\r\n" + body.substring(0, 20)).getBytes(StandardCharsets.UTF_8));
            out.flush();
            Thread.sleep(500);
            Thread stopper = new Thread(s::close);
            stopper.start();
            Thread.sleep(1000);
            out.write(body.substring(20).getBytes(StandardCharsets.UTF_8));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            String response = in.lines().collect(Collectors.joining("\n"));
            stopper.join(15_000);
            assertTrue(response.startsWith("HTTP/1.1 200"), response);
            assertEquals(expected, response.substring(response.indexOf("\n\n") + 2));
        }
        assertThrows(IOException.class, () -> s.client.send(HttpRequest.newBuilder(health).build(),
                HttpResponse.BodyHandlers.ofString()), "no new connections after the stop");
    }
}
