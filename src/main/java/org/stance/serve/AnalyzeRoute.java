package org.stance.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
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
        RequestBody.kind(ctx, false);
        boolean explain = RequestBody.flag(ctx, "explain");
        JsonNode request = RequestBody.jsonObject(RequestBody.bytes(ctx, limits.maxBodyBytes()));
        JsonNode text = request.get("text");
        if (text == null) {
            throw ApiError.missingText("the body has no 'text'; send {\"text\": \"<the whole article>\"}");
        }
        String article = RequestBody.text(text, "text", limits.maxArticleChars(), "per article");
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
