package org.stance.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stance.data.CorpusLoader;
import org.stance.data.Example;

/** 32 clients at once get exactly the answers the same texts get one at a time. */
class ConcurrencyTest {

    static final int CLIENTS = 32;
    static final int REQUESTS_EACH = 12;

    @TempDir
    static Path feedback;
    static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        server = new TestServer(feedback, null);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String body(String route, String text) {
        return TestServer.JSON.createObjectNode().put("text", text).toString();
    }

    @Test
    void simultaneousRequestsGetTheirOwnAnswers() throws Exception {
        List<String> texts = new CorpusLoader(false).load(Path.of("training-data")).examples().stream()
                .map(Example::text).limit(CLIENTS * REQUESTS_EACH).toList();
        List<String> routes = List.of("/v1/classify", "/v1/classify?explain=true", "/v1/analyze");
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String route = routes.get(i % routes.size());
            HttpResponse<String> r = server.postJson(route, body(route, texts.get(i)));
            assertEquals(200, r.statusCode(), r.body());
            expected.add(r.body());
        }
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<List<String>>> futures = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            Callable<List<String>> work = () -> {
                go.await();
                List<String> answers = new ArrayList<>();
                for (int k = 0; k < REQUESTS_EACH; k++) {
                    // Clients walk the texts in different orders so that different texts are in flight together.
                    int i = (client * REQUESTS_EACH + k * 7) % texts.size();
                    String route = routes.get(i % routes.size());
                    answers.add(i + "\u0000" + server.postJson(route, body(route, texts.get(i))).body());
                }
                return answers;
            };
            futures.add(pool.submit(work));
        }
        go.countDown();
        int checked = 0;
        for (Future<List<String>> f : futures) {
            for (String answer : f.get(2, TimeUnit.MINUTES)) {
                int sep = answer.indexOf('\u0000');
                int i = Integer.parseInt(answer.substring(0, sep));
                assertEquals(expected.get(i), answer.substring(sep + 1), "text " + i);
                checked++;
            }
        }
        pool.shutdown();
        assertEquals(CLIENTS * REQUESTS_EACH, checked);
    }
}
