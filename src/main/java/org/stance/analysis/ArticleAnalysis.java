package org.stance.analysis;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stance.data.Label;

/** An analysed article: its sentences in order, label counts overall and per speaker, and the model that read it. */
public record ArticleAnalysis(List<AnalyzedSentence> sentences, Map<Label, Integer> summary,
                              Map<String, Map<Label, Integer>> speakers, String model) {

    public ArticleAnalysis {
        sentences = List.copyOf(sentences);
    }

    static ArticleAnalysis of(List<AnalyzedSentence> sentences, String model) {
        Map<Label, Integer> summary = zeroCounts();
        Map<String, Map<Label, Integer>> bySpeaker = new LinkedHashMap<>();
        for (AnalyzedSentence s : sentences) {
            Label label = s.prediction().label();
            summary.merge(label, 1, Integer::sum);
            if (s.speaker() != null) {
                bySpeaker.computeIfAbsent(s.speaker(), k -> zeroCounts()).merge(label, 1, Integer::sum);
            }
        }
        return new ArticleAnalysis(sentences, summary, bySpeaker, model);
    }

    static Map<Label, Integer> zeroCounts() {
        Map<Label, Integer> m = new EnumMap<>(Label.class);
        Label.ALL.forEach(l -> m.put(l, 0));
        return m;
    }
}
