package org.stance.analysis;

import java.util.ArrayList;
import java.util.List;
import org.stance.model.Prediction;
import org.stance.model.StanceModel;
import org.stance.text.Sentence;
import org.stance.text.SentenceSplitter;
import org.stance.text.SpeakerAttributor;

/**
 * The article pipeline every entry point shares (the HTTP route, the web page through it, the CLI
 * and the archive job): split into sentences, attribute speakers, label each sentence, let context
 * settle sentences that only continue their neighbour's claim (codebook rule 12), and count.
 * Stateless and thread-safe; the model is passed per call so a reload never mixes two models.
 */
public final class ArticleAnalyzer {

    private final SentenceSplitter splitter = new SentenceSplitter();
    private final SpeakerAttributor attributor = new SpeakerAttributor();
    private final ContextRule context = new ContextRule();

    public ArticleAnalysis analyze(String article, StanceModel model, boolean explain) {
        List<Sentence> sentences = splitter.split(article);
        List<String> speakers = attributor.attribute(sentences);
        List<String> texts = sentences.stream().map(Sentence::text).toList();
        List<Prediction> alone = model.predictAll(texts);
        List<ContextRule.Reading> read = context.apply(texts, alone);
        CodePoints offsets = new CodePoints(article);
        List<AnalyzedSentence> out = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            Prediction p = read.get(i).prediction();
            if (explain) {
                p = p.withEvidence(model.explain(s.text(), model.info().config().explainTopK()).evidence());
            }
            out.add(new AnalyzedSentence(s.text(), offsets.of(s.start()), offsets.of(s.end()), speakers.get(i), p,
                    read.get(i).fromContext()));
        }
        return ArticleAnalysis.of(out, model.id());
    }
}
