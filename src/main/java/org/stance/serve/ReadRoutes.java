package org.stance.serve;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import org.stance.model.Metrics;
import org.stance.Version;
import org.stance.model.ModelInfo;

/** The read-only routes: {@code /health}, {@code /v1/model}, {@code /openapi.json}. */
final class ReadRoutes {

    static final String OPENAPI_RESOURCE = "/org/stance/serve/openapi.json";

    private final ModelHolder models;
    private final ObjectNode openapiTemplate;
    /** Set once the server listens: the document names that address as its server. */
    private volatile byte[] openapi;

    ReadRoutes(ModelHolder models) {
        this.models = models;
        try (InputStream in = ReadRoutes.class.getResourceAsStream(OPENAPI_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + OPENAPI_RESOURCE);
            }
            this.openapiTemplate = (ObjectNode) Responses.JSON.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + OPENAPI_RESOURCE, e);
        }
        openapiTemplate.with("info").put("version", Version.get());
    }

    void listeningOn(String host, int port) {
        ObjectNode doc = openapiTemplate.deepCopy();
        String address = host.contains(":") ? "[" + host + "]" : host; // an IPv6 literal needs brackets in a URL
        doc.putArray("servers").addObject().put("url", "http://" + address + ":" + port);
        try {
            openapi = Responses.JSON.writeValueAsBytes(doc);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    void health(Context ctx) {
        Responses.send(ctx, 200, Responses.JSON.createObjectNode().put("status", "ok").put("model", models.get().id()));
    }

    void model(Context ctx) {
        ModelInfo info = models.get().info();
        ObjectNode out = Responses.JSON.createObjectNode();
        out.put("id", info.id());
        out.put("version", Version.get());
        out.set("labels", Responses.JSON.valueToTree(info.labels()));
        out.put("trainedAt", info.trainedAt());
        out.put("trainingExamples", info.trainingExamples());
        out.put("dataHash", info.dataHash());
        ObjectNode metrics = out.putObject("metrics");
        if (info.metrics() != null) {
            putMetrics(metrics, info.metrics());
        }
        Metrics real = info.realText();
        if (real == null) {
            out.putNull("realText");
        } else {
            ObjectNode r = out.putObject("realText");
            r.put("file", info.realTextFile());
            r.put("examples", real.examples());
            r.put("noneF1", real.perClass().get("none").f1());
            r.put("expectedCalibrationError", real.expectedCalibrationError());
            putMetrics(r, real);
        }
        Responses.send(ctx, 200, out);
    }

    private static void putMetrics(ObjectNode node, Metrics m) {
        node.put("accuracy", m.accuracy());
        node.put("macroF1", m.macroF1());
        ObjectNode perClass = node.putObject("perClass");
        m.perClass().forEach((label, c) -> perClass.putObject(label)
                .put("precision", c.precision()).put("recall", c.recall()).put("f1", c.f1()));
    }

    void openapi(Context ctx) {
        ctx.status(200).contentType("application/json").result(openapi);
    }
}
