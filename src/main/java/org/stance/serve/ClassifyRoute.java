package org.stance.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.stance.data.TextTable;
import org.stance.model.Prediction;
import org.stance.model.PredictionColumns;
import org.stance.model.StanceModel;

/** {@code POST /v1/classify}: one text, many texts, or a CSV table; {@code ?explain=true} adds evidence. */
final class ClassifyRoute {

    static final String ROUTE = "/v1/classify";

    private final ModelHolder models;
    private final ServerConfig.Limits limits;
    private final ServiceMetrics metrics;

    ClassifyRoute(ModelHolder models, ServerConfig.Limits limits, ServiceMetrics metrics) {
        this.models = models;
        this.limits = limits;
        this.metrics = metrics;
    }

    void handle(Context ctx) {
        RequestBody.Kind kind = RequestBody.kind(ctx, true);
        boolean explain = RequestBody.flag(ctx, "explain");
        byte[] body = RequestBody.bytes(ctx, limits.maxBodyBytes());
        StanceModel model = models.get();
        if (kind == RequestBody.Kind.CSV) {
            csv(ctx, RequestBody.csv(body), model, explain);
            return;
        }
        JsonNode request = RequestBody.jsonObject(body);
        JsonNode text = request.get("text");
        JsonNode texts = request.get("texts");
        if (text != null && texts != null) {
            throw ApiError.invalidJson("send either 'text' (one sentence) or 'texts' (a list), not both");
        }
        if (text == null && texts == null) {
            throw ApiError.missingText("the body has neither 'text' nor 'texts'; send {\"text\": \"...\"} or {\"texts\": [\"...\"]}");
        }
        if (text != null) {
            String sentence = RequestBody.text(text, "text", limits.maxTextChars(), "per text");
            ObjectNode out = Responses.prediction(predict(model, sentence, explain), explain);
            out.put("model", model.id());
            Responses.send(ctx, 200, out);
            return;
        }
        if (!texts.isArray()) {
            throw ApiError.invalidJson("'texts' must be a list of strings, not " + RequestBody.typeOf(texts));
        }
        if (texts.size() > limits.maxBatch()) {
            throw ApiError.tooLarge("'texts' has " + texts.size() + " items; the limit is " + limits.maxBatch()
                    + " a request: split the list");
        }
        List<String> sentences = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            sentences.add(RequestBody.text(texts.get(i), "texts[" + i + "]", limits.maxTextChars(), "per text"));
        }
        ObjectNode out = Responses.JSON.createObjectNode();
        ArrayNode results = out.putArray("results");
        for (Prediction p : predictAll(model, sentences, explain)) {
            results.add(Responses.prediction(p, explain));
        }
        out.put("model", model.id());
        Responses.send(ctx, 200, out);
    }

    private Prediction predict(StanceModel model, String text, boolean explain) {
        Prediction p = explain ? model.explain(text, model.info().config().explainTopK()) : model.predict(text);
        metrics.predicted(ROUTE, p.label());
        return p;
    }

    /** A batch goes through the model's batch path, which spreads the encoder's work over the cores. */
    private List<Prediction> predictAll(StanceModel model, List<String> texts, boolean explain) {
        if (!explain) {
            return model.predictAll(texts);
        }
        List<Prediction> out = new ArrayList<>(texts.size());
        texts.forEach(t -> out.add(predict(model, t, true)));
        return out;
    }

    private void csv(Context ctx, String body, StanceModel model, boolean explain) {
        TextTable table;
        try {
            table = TextTable.parse(body);
        } catch (TextTable.TableException e) {
            throw e.missingText() ? ApiError.missingText(e.getMessage()) : ApiError.invalidCsv("CSV " + e.getMessage());
        }
        if (table.rows().size() > limits.maxBatch()) {
            throw ApiError.tooLarge("the CSV has " + table.rows().size() + " rows; the limit is " + limits.maxBatch()
                    + " a request: split the file");
        }
        List<String> texts = table.texts();
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i).isBlank()) {
                throw ApiError.emptyText("CSV row " + (i + 2) + " has an empty 'text'; fill it or remove the row");
            }
            if (texts.get(i).length() > limits.maxTextChars()) {
                throw ApiError.tooLarge("CSV row " + (i + 2) + " has " + texts.get(i).length()
                        + " characters of text; the limit per text is " + limits.maxTextChars());
            }
        }
        List<String> header = new ArrayList<>(PredictionColumns.HEADER);
        if (explain) {
            header.add("evidence");
        }
        List<String[]> extra = new ArrayList<>(texts.size());
        for (Prediction p : predictAll(model, texts, explain)) {
            String[] columns = PredictionColumns.of(p);
            if (explain) {
                columns = java.util.Arrays.copyOf(columns, columns.length + 1);
                columns[columns.length - 1] = String.join("; ", p.evidence().stream()
                        .map(e -> e.token() + "=" + String.format(Locale.ROOT, "%.4f", e.weight())).toList());
            }
            extra.add(columns);
        }
        ctx.status(200).contentType("text/csv; charset=utf-8").header(Responses.MODEL_HEADER, model.id())
                .result(table.render(header, extra));
    }
}
