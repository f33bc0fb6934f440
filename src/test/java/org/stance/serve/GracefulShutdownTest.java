package org.stance.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stopping the server answers the requests already in flight, then refuses new connections. */
class GracefulShutdownTest {

    @TempDir
    Path dir;

    /** A body that sends its first half, waits, then sends the rest: the request is in flight meanwhile. */
    private static InputStream slowBody(byte[] body, CountDownLatch halfSent, long pauseMillis) {
        return new InputStream() {
            private int pos;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (pos >= body.length) {
                    return -1;
                }
                if (pos == body.length / 2) {
                    halfSent.countDown();
                    try {
                        Thread.sleep(pauseMillis);
                    } catch (InterruptedException e) {
                        throw new IOException(e);
                    }
                }
                int end = pos < body.length / 2 ? body.length / 2 : body.length;
                int n = Math.min(len, end - pos);
                System.arraycopy(body, pos, b, off, n);
                pos += n;
                return n;
            }
        };
    }

    @Test
    void requestsInFlightAreAnsweredBeforeTheServerStops() throws Exception {
        TestServer s = new TestServer(dir.resolve("fb"), null);
        byte[] body = "{\"text\":\"Treatment beds are scarce across the state.\"}".getBytes(StandardCharsets.UTF_8);
        String expected = s.postJson("/v1/classify", new String(body, StandardCharsets.UTF_8)).body();
        CountDownLatch halfSent = new CountDownLatch(1);
        HttpRequest request = HttpRequest.newBuilder(s.uri("/v1/classify")).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> slowBody(body, halfSent, 1500))).build();
        CompletableFuture<HttpResponse<String>> inFlight = s.client.sendAsync(request, HttpResponse.BodyHandlers.ofString());
        halfSent.await(10, TimeUnit.SECONDS);
        Thread.sleep(200);
        java.net.URI health = s.uri("/health");
        s.close();
        HttpResponse<String> answered = inFlight.get(30, TimeUnit.SECONDS);
        assertEquals(200, answered.statusCode());
        assertEquals(expected, answered.body());
        assertThrows(IOException.class, () -> s.client.send(HttpRequest.newBuilder(health).build(),
                HttpResponse.BodyHandlers.ofString()), "no new connections after the stop");
    }
}
