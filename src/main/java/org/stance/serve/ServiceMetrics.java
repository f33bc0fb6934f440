package org.stance.serve;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jetty.JettyConnectionMetrics;
import io.micrometer.core.instrument.binder.jetty.JettyServerThreadPoolMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.jetty12.server.TimedHandler;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.javalin.http.Context;
import java.time.Duration;
import org.eclipse.jetty.server.Server;
import org.stance.data.Label;
import org.stance.model.StanceModel;

/** Prometheus metrics: request counts and latency histograms per route, predictions per route and label, the model id, Jetty and JVM. */
final class ServiceMetrics {

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private Meter.Id modelGauge;
    private final java.util.concurrent.ConcurrentHashMap<String, Timer> timers = new java.util.concurrent.ConcurrentHashMap<>();

    ServiceMetrics() {
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
    }

    /** Times every request at the Jetty level (and lets stopping wait for requests in flight). */
    TimedHandler jettyHandler() {
        return new TimedHandler(registry, Tags.empty());
    }

    void bindServer(Server server) {
        new JettyServerThreadPoolMetrics(server.getThreadPool(), Tags.empty()).bindTo(registry);
        JettyConnectionMetrics.addToAllConnectors(server, registry);
    }

    /** Counts predictions by route and label, so a dashboard shows the mix of frames over time. */
    void predicted(String route, Label label) {
        registry.counter("stance.predictions", "route", route, "label", label.id()).increment();
    }

    static String route(Context ctx) {
        try {
            return ctx.endpoint().path;
        } catch (RuntimeException e) {
            return "unmatched";
        }
    }

    void record(Context ctx, float millis) {
        String route = route(ctx);
        String method = ctx.method().name();
        String status = Integer.toString(ctx.statusCode());
        String routeTag = route;
        timers.computeIfAbsent(route + ' ' + method + ' ' + status, k -> Timer.builder("stance.http.requests")
                        .description("Requests by route, method and status")
                        .tags("route", routeTag, "method", method, "status", status)
                        .publishPercentileHistogram()
                        .register(registry))
                .record(Duration.ofNanos((long) (millis * 1_000_000L)));
    }

    synchronized void modelSwapped(StanceModel model) {
        if (modelGauge != null) {
            registry.remove(modelGauge);
        }
        modelGauge = Gauge.builder("stance.model.info", () -> 1).description("The model being served")
                .tag("model", model.id()).register(registry).getId();
    }

    String scrape() {
        return registry.scrape();
    }
}
