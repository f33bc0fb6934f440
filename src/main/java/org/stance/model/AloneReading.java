package org.stance.model;

import java.util.List;
import org.stance.data.Example;
import org.stance.data.Label;
import org.stance.features.DrugLexicon;
import org.stance.features.FeaturePipeline;
import org.stance.text.Tokenizer;

/**
 * The corpus labels whole documents: a sentence that continues a drug claim without a drug word
 * of its own ("The driver is being held without bond.") carries that claim's frame (codebook rule
 * 12). Read alone, as the network reads every sentence, the same rule makes it {@code none}; the
 * frame comes back in articles from {@code analysis.ContextRule}. Trained on the in-context label,
 * the network learns that sentences with no drug word at all may hold a frame, and gives frames
 * to harvests, economic recoveries and court rulings in real text.
 */
final class AloneReading {

    private final FeaturePipeline features;
    private final Tokenizer tokenizer = new Tokenizer();

    AloneReading(FeaturePipeline features) {
        this.features = features;
    }

    /** The examples with the label each has when read alone. */
    List<Example> of(List<Example> examples) {
        return examples.stream().map(this::alone).toList();
    }

    /** How many labels differ between the same examples read two ways. */
    static int changed(List<Example> before, List<Example> after) {
        int n = 0;
        for (int i = 0; i < before.size(); i++) {
            n += before.get(i).label() == after.get(i).label() ? 0 : 1;
        }
        return n;
    }

    Example alone(Example e) {
        if (e.label() == Label.NONE
                || DrugLexicon.touchesDrugWorld(tokenizer.tokenize(features.claimText(e.text())))) {
            return e;
        }
        return new Example(e.text(), Label.NONE, e.source(), e.file(), e.line(), e.doc());
    }
}
