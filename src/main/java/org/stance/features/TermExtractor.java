package org.stance.features;

import java.util.ArrayList;
import java.util.List;

/** Names of the terms a tokenised sentence contains, with repeats: word n-grams and in-word character n-grams. */
final class TermExtractor {

    private final FeatureConfig config;

    TermExtractor(FeatureConfig config) {
        this.config = config;
    }

    List<String> terms(List<String> tokens) {
        List<String> terms = new ArrayList<>(tokens.size() * 12);
        for (int n = 1; n <= config.maxWordNgram(); n++) {
            for (int i = 0; i + n <= tokens.size(); i++) {
                StringBuilder term = new StringBuilder(n == 1 ? "w:" : "w" + n + ":");
                for (int k = 0; k < n; k++) {
                    if (k > 0) {
                        term.append(' ');
                    }
                    term.append(tokens.get(i + k));
                }
                terms.add(term.toString());
            }
        }
        for (String token : tokens) {
            String padded = "<" + token + ">";
            for (int n = config.minCharNgram(); n <= config.maxCharNgram(); n++) {
                for (int i = 0; i + n <= padded.length(); i++) {
                    terms.add("c:" + padded.substring(i, i + n));
                }
            }
        }
        return terms;
    }
}
