package org.stance.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.stance.model.StanceModel;
import org.stance.serve.ServerConfig;
import org.stance.serve.StanceServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the model over HTTP (see the API in README.md). SIGTERM stops it after requests in flight are answered.")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    ModelOption model;

    @Option(names = "--host", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String host = ServerConfig.DEFAULT_HOST;

    @Option(names = "--port", description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port = ServerConfig.DEFAULT_PORT;

    @Option(names = "--feedback", description = "Folder where analysts' corrections are stored (default: ${DEFAULT-VALUE}).")
    Path feedback = Path.of("feedback");

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) {
            throw new Failure("--port must be between 0 and 65535, not " + port);
        }
        long started = System.nanoTime();
        StanceModel loaded = model.load();
        ServerConfig config = ServerConfig.defaults().withHost(host).withPort(port).withModelDir(model.dir)
                .withFeedbackDir(feedback).withAdminToken(System.getenv(ServerConfig.ADMIN_TOKEN_ENV));
        StanceServer server;
        try {
            server = StanceServer.start(loaded, config);
        } catch (RuntimeException e) {
            throw new Failure("cannot start the service on " + host + ":" + port + ": " + rootMessage(e)
                    + " (is the port in use? pick another with --port)");
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "graceful-stop"));
        System.out.printf("stance: serving model %s at http://%s:%d (ready in %.1f s)%n", server.modelId(), host,
                server.port(), (System.nanoTime() - started) / 1e9);
        System.out.flush();
        stopped.await();
        return 0;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }
}
