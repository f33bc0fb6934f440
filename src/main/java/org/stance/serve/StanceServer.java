package org.stance.serve;

import io.javalin.Javalin;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stance.model.StanceModel;

/**
 * The HTTP service: one creation point wiring the routes of the contract, JSON errors for every
 * failure (including unknown routes, wrong methods and malformed bodies), metrics and a graceful stop.
 */
public final class StanceServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StanceServer.class);
    /** One line per request: method, route, status, milliseconds (never the body). */
    public static final String ACCESS_LOGGER = "org.stance.access";
    private static final Logger ACCESS = LoggerFactory.getLogger(ACCESS_LOGGER);

    private final Javalin app;
    private final ServiceMetrics metrics;
    private final FeedbackStore feedback;
    private final ModelHolder models;

    private StanceServer(Javalin app, ServiceMetrics metrics, FeedbackStore feedback, ModelHolder models) {
        this.app = app;
        this.metrics = metrics;
        this.feedback = feedback;
        this.models = models;
    }

    /** Warms the model up, then starts listening; when this returns, every route answers. */
    public static StanceServer start(StanceModel model, ServerConfig config) throws IOException {
        Warmup.run(model);
        ServiceMetrics metrics = new ServiceMetrics();
        ModelHolder models = new ModelHolder(config.modelDir(), model, metrics::modelSwapped);
        // With the admin routes off nothing is ever stored: no feedback folder or file is made.
        FeedbackStore feedback = config.adminToken() == null ? null : new FeedbackStore(config.feedbackDir());
        ClassifyRoute classify = new ClassifyRoute(models, config.limits(), metrics);
        AnalyzeRoute analyze = new AnalyzeRoute(models, config.limits(), metrics);
        ReadRoutes read = new ReadRoutes(models);
        WebPage page = new WebPage();
        AdminRoutes admin = new AdminRoutes(models, feedback, config.adminToken(), config.limits());

        Javalin app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.startup.showOldJavalinVersionWarning = false;
            cfg.http.prefer405over404 = true;
            cfg.http.maxRequestSize = config.limits().maxBodyBytes();
            // CPU-bound handlers on few cores: a small pool avoids hundreds of threads contending for them.
            cfg.jetty.threadPool = new org.eclipse.jetty.util.thread.QueuedThreadPool(config.maxThreads(), Math.min(8, config.maxThreads()));
            cfg.jetty.host = config.host();
            cfg.jetty.port = config.port();
            cfg.jetty.modifyServer(server -> {
                GracefulHandler graceful = new GracefulHandler();
                graceful.setHandler(metrics.jettyHandler());
                server.setHandler(graceful);
                server.setStopTimeout(config.shutdownGraceMillis());
                server.setErrorHandler(new ProtocolErrorHandler(() -> models.get().id()));
            });
            cfg.requestLogger.http((ctx, millis) -> {
                metrics.record(ctx, millis);
                if (config.accessLog()) {
                    ACCESS.info("{} {} {} {} ms", ctx.method().name(), ServiceMetrics.route(ctx), ctx.statusCode(),
                            String.format(java.util.Locale.ROOT, "%.1f", millis));
                }
            });

            // Every answer, errors included, names the model that was serving when it was made.
            cfg.routes.before(ctx -> ctx.header(Responses.MODEL_HEADER, models.get().id())
                    .header("X-Content-Type-Options", "nosniff"));
            page.paths().forEach(path -> cfg.routes.get(path, page::serve));
            cfg.routes.get("/health", read::health);
            cfg.routes.get("/v1/model", read::model);
            cfg.routes.get("/openapi.json", read::openapi);
            cfg.routes.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
                    .result(metrics.scrape()));
            cfg.routes.post("/v1/classify", classify::handle);
            cfg.routes.post("/v1/analyze", analyze::handle);
            cfg.routes.post("/v1/feedback", admin::feedback);
            cfg.routes.post("/v1/admin/reload", admin::reload);

            cfg.routes.exception(ApiError.class, (e, ctx) ->
                    Responses.send(ctx, e.status, Responses.error(e.code, e.getMessage())));
            cfg.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("unexpected failure on {} {}", ctx.method(), ctx.path(), e);
                Responses.send(ctx, 500, Responses.error("internal_error",
                        "the service failed on this request; it keeps running. Report it with the request that caused it."));
            });
            cfg.routes.error(HttpStatus.NOT_FOUND.getCode(), ctx -> {
                if (!isJsonError(ctx)) {
                    Responses.send(ctx, 404, Responses.error("not_found", "no route " + ctx.method() + " " + ctx.path()
                            + "; see GET /openapi.json for the routes"));
                }
            });
            cfg.routes.error(HttpStatus.METHOD_NOT_ALLOWED.getCode(), ctx -> {
                if (!isJsonError(ctx)) {
                    Responses.send(ctx, 405, Responses.error("method_not_allowed", ctx.method() + " is not allowed on "
                            + ctx.path() + "; see GET /openapi.json for the methods of each route"));
                }
            });
            cfg.routes.error(HttpStatus.CONTENT_TOO_LARGE.getCode(), ctx -> {
                if (!isJsonError(ctx)) {
                    Responses.send(ctx, 413, Responses.error("too_large", "the body is over "
                            + config.limits().maxBodyBytes() + " bytes (1 MiB): split it into several requests"));
                }
            });
        });
        app.start(config.host(), config.port());
        for (var connector : app.jettyServer().server().getConnectors()) {
            if (connector instanceof org.eclipse.jetty.server.AbstractConnector c) {
                // Jetty closes connections idle for a second once stopping starts, which also cuts a request
                // whose body is still arriving; allow a longer pause while still closing idle keep-alives.
                c.setShutdownIdleTimeout(config.shutdownIdleMillis());
            }
        }
        metrics.bindServer(app.jettyServer().server());
        read.listeningOn(config.host(), app.port());
        return new StanceServer(app, metrics, feedback, models);
    }

    private static boolean isJsonError(io.javalin.http.Context ctx) {
        String type = ctx.res().getContentType();
        return type != null && type.startsWith("application/json") && ctx.result() != null && ctx.result().contains("\"error\"");
    }

    public int port() {
        return app.port();
    }

    public String modelId() {
        return models.get().id();
    }

    /** Stops accepting connections, lets requests in flight finish (up to the grace period), and closes. */
    @Override
    public void close() {
        app.stop();
        try {
            if (feedback != null) {
                feedback.close();
            }
        } catch (IOException e) {
            LOG.warn("closing the feedback file failed: {}", e.getMessage());
        }
    }
}
