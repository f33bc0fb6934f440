package org.stance.model;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.stance.data.Example;
import org.stance.data.Label;
import org.stance.features.DrugLexicon;
import org.stance.features.FeaturePipeline;
import org.stance.text.Tokenizer;

/**
 * Files of whole documents label each sentence in its document: a sentence that continues the
 * claim before it without a word of the drug world ("The driver is being held without bond.")
 * carries that claim's frame (codebook rule 12). Read alone, as the network reads every sentence,
 * the same rule makes it {@code none}; in articles {@code analysis.ContextRule} gives the frame
 * back. Trained on the in-document label, the network learns that sentences with no drug word at
 * all may hold a frame, and gives frames to harvests, economic recoveries and court rulings in
 * real text. Files of single sentences are written to be read alone and keep their labels.
 */
final class AloneReading {

    /** The continuations of the corpus, as labelled there. */
    private final Set<Example> continuations = new HashSet<>();

    /** {@code corpus} in file order: whether a sentence continues a claim depends on the one before. */
    AloneReading(List<Example> corpus, FeaturePipeline features) {
        Tokenizer tokenizer = new Tokenizer();
        for (int i = 1; i < corpus.size(); i++) {
            Example e = corpus.get(i);
            Example before = corpus.get(i - 1);
            if (e.label() != Label.NONE && !e.doc().isEmpty() && e.doc().equals(before.doc())
                    && e.file().equals(before.file()) && before.label() == e.label()
                    && !DrugLexicon.touchesDrugWorld(tokenizer.tokenize(features.claimText(e.text())))) {
                continuations.add(e);
            }
        }
    }

    /** The examples with the label each has when read alone. */
    List<Example> of(List<Example> examples) {
        return examples.stream().map(this::alone).toList();
    }

    /** How many sentences of the corpus read as {@code none} alone though labelled with a frame. */
    int continuations() {
        return continuations.size();
    }

    Example alone(Example e) {
        if (!continuations.contains(e)) {
            return e;
        }
        return new Example(e.text(), Label.NONE, e.source(), e.file(), e.line(), e.doc());
    }
}
