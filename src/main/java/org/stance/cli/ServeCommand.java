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

    @Option(names = "--feedback", description = "Folder where analysts' corrections are stored, made only when the admin routes are on (default: ${DEFAULT-VALUE}).")
    Path feedback = Path.of("feedback");

    @Option(names = "--no-access-log", negatable = true, description = "Log one line per request (method, route, status, ms; never the body) on stderr (default: on).")
    boolean accessLog = true;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) {
            throw new Failure("--port must be between 0 and 65535, not " + port);
        }
        checkHost(host);
        long started = System.nanoTime();
        StanceModel loaded = model.load();
        ServerConfig config = ServerConfig.defaults().withHost(host).withPort(port).withModelDir(model.dir)
                .withFeedbackDir(feedback).withAdminToken(System.getenv(ServerConfig.ADMIN_TOKEN_ENV))
                .withAccessLog(accessLog);
        StanceServer server;
        try {
            server = StanceServer.start(loaded, config);
        } catch (RuntimeException e) {
            String cause = rootMessage(e);
            String fix = cause.toLowerCase(java.util.Locale.ROOT).contains("in use")
                    ? "the port is in use by another program; pick another with --port (0 picks a free one)"
                    : cause.toLowerCase(java.util.Locale.ROOT).contains("assign")
                    ? "--host " + host + " is not an address of this machine; use 127.0.0.1 (this machine only) or 0.0.0.0 (every interface)"
                    : "check --host and --port";
            throw new Failure("cannot start the service on " + host + ":" + port + ": " + cause + "; " + fix);
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

    /** A host that does not resolve is a typo, not a busy port: say so before the model is loaded. */
    private static void checkHost(String host) {
        try {
            java.net.InetAddress.getByName(host);
        } catch (java.net.UnknownHostException e) {
            throw new Failure("--host " + host + " is not a known host name or IP address; use 127.0.0.1 (this machine only), "
                    + "0.0.0.0 (every interface) or an address of this machine");
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }
}
