package org.stance.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.javalin.http.Context;
import java.util.EnumSet;
import java.util.Map;
import org.stance.analysis.AnalyzedSentence;
import org.stance.analysis.ArticleAnalysis;
import org.stance.analysis.ArticleAnalyzer;
import org.stance.data.Label;

/** {@code POST /v1/analyze}: the article pipeline's answer as JSON. */
final class AnalyzeRoute {

    static final String ROUTE = "/v1/analyze";

    private final ModelHolder models;
    private final ServerConfig.Limits limits;
    private final ServiceMetrics metrics;
    private final ArticleAnalyzer analyzer = new ArticleAnalyzer();

    AnalyzeRoute(ModelHolder models, ServerConfig.Limits limits, ServiceMetrics metrics) {
        this.models = models;
        this.limits = limits;
        this.metrics = metrics;
    }

    void handle(Context ctx) {
        RequestBody.Kind kind = RequestBody.kind(ctx, EnumSet.of(RequestBody.Kind.JSON, RequestBody.Kind.TEXT));
        boolean explain = RequestBody.flag(ctx, "explain");
        byte[] body = RequestBody.bytes(ctx, limits.maxBodyBytes());
        String article;
        if (kind == RequestBody.Kind.TEXT) {
            // The whole body is the article: same checks as the JSON field, so both forms fail alike.
            String plain = RequestBody.utf8(body);
            if (plain.isBlank()) {
                throw ApiError.emptyText("the body is empty or only white space; send the article as the body");
            }
            article = RequestBody.text(TextNode.valueOf(plain), "body", limits.maxArticleChars(), "per article");
        } else {
            JsonNode text = RequestBody.jsonObject(body).get("text");
            if (text == null) {
                throw ApiError.missingText("the body has no 'text'; send {\"text\": \"<the whole article>\"}"
                        + " or the article itself as text/plain");
            }
            article = RequestBody.text(text, "text", limits.maxArticleChars(), "per article");
        }
        ArticleAnalysis analysis = analyzer.analyze(article, models.get(), explain);
        analysis.sentences().forEach(sentence -> metrics.predicted(ROUTE, sentence.prediction().label()));
        Responses.send(ctx, 200, toJson(analysis, explain));
    }

    static ObjectNode toJson(ArticleAnalysis analysis, boolean explain) {
        ObjectNode out = Responses.JSON.createObjectNode();
        ArrayNode items = out.putArray("sentences");
        for (AnalyzedSentence s : analysis.sentences()) {
            ObjectNode item = items.addObject();
            item.put("text", s.text());
            item.put("start", s.start());
            item.put("end", s.end());
            if (s.speaker() == null) {
                item.putNull("speaker");
            } else {
                item.put("speaker", s.speaker());
            }
            item.setAll(Responses.prediction(s.prediction(), explain));
        }
        out.set("summary", counts(analysis.summary()));
        ObjectNode speakersNode = out.putObject("speakers");
        analysis.speakers().forEach((name, c) -> speakersNode.set(name, counts(c)));
        out.put("model", analysis.model());
        return out;
    }

    private static ObjectNode counts(Map<Label, Integer> counts) {
        ObjectNode node = Responses.JSON.createObjectNode();
        counts.forEach((l, n) -> node.put(l.id(), n));
        return node;
    }
}
