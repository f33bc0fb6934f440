package org.stance.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stance.data.Label;
import org.stance.model.Prediction;
import org.stance.model.StanceModel;
import org.stance.text.Sentence;
import org.stance.text.SentenceSplitter;
import org.stance.text.SpeakerAttributor;

/** {@code POST /v1/analyze}: an article split into sentences, each with its speaker and label, and counts. */
final class AnalyzeRoute {

    private final ModelHolder models;
    private final ServerConfig.Limits limits;
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final SpeakerAttributor attributor = new SpeakerAttributor();

    AnalyzeRoute(ModelHolder models, ServerConfig.Limits limits) {
        this.models = models;
        this.limits = limits;
    }

    void handle(Context ctx) {
        RequestBody.kind(ctx, false);
        JsonNode request = RequestBody.jsonObject(RequestBody.bytes(ctx, limits.maxBodyBytes()));
        JsonNode text = request.get("text");
        if (text == null) {
            throw ApiError.missingText("the body has no 'text'; send {\"text\": \"<the whole article>\"}");
        }
        String article = RequestBody.text(text, "text", limits.maxArticleChars(), "per article");
        StanceModel model = models.get();
        List<Sentence> sentences = splitter.split(article);
        List<String> speakers = attributor.attribute(sentences);

        ObjectNode out = Responses.JSON.createObjectNode();
        ArrayNode items = out.putArray("sentences");
        Map<Label, Integer> summary = new EnumMap<>(Label.class);
        Label.ALL.forEach(l -> summary.put(l, 0));
        Map<String, Map<Label, Integer>> bySpeaker = new LinkedHashMap<>();
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            Prediction p = model.predict(s.text());
            ObjectNode item = items.addObject();
            item.put("text", s.text());
            item.put("start", s.start());
            item.put("end", s.end());
            String speaker = speakers.get(i);
            if (speaker == null) {
                item.putNull("speaker");
            } else {
                item.put("speaker", speaker);
                bySpeaker.computeIfAbsent(speaker, k -> {
                    Map<Label, Integer> m = new EnumMap<>(Label.class);
                    Label.ALL.forEach(l -> m.put(l, 0));
                    return m;
                }).merge(p.label(), 1, Integer::sum);
            }
            item.put("label", p.label().id());
            item.put("confidence", p.confidence());
            item.set("scores", Responses.scores(p));
            summary.merge(p.label(), 1, Integer::sum);
        }
        out.set("summary", counts(summary));
        ObjectNode speakersNode = out.putObject("speakers");
        bySpeaker.forEach((name, c) -> speakersNode.set(name, counts(c)));
        out.put("model", model.id());
        Responses.send(ctx, 200, out);
    }

    private static ObjectNode counts(Map<Label, Integer> counts) {
        ObjectNode node = Responses.JSON.createObjectNode();
        counts.forEach((l, n) -> node.put(l.id(), n));
        return node;
    }
}
