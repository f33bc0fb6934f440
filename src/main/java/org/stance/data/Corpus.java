package org.stance.data;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * A validated set of examples, the rows that were skipped (when skipping was asked for), and a
 * hash of the content that identifies exactly this data in a model's provenance.
 */
public record Corpus(List<Example> examples, List<String> skipped) {

    public Corpus {
        examples = List.copyOf(examples);
        skipped = List.copyOf(skipped);
    }

    /** This corpus with corrections applied: a corrected sentence takes the new label, others are added. */
    public Corpus corrected(List<Example> corrections, java.util.function.Function<String, String> key) {
        Map<String, Example> byKey = new java.util.LinkedHashMap<>();
        for (Example e : examples) {
            byKey.put(key.apply(e.text()), e);
        }
        for (Example c : corrections) {
            byKey.put(key.apply(c.text()), c);
        }
        return new Corpus(new java.util.ArrayList<>(byKey.values()), skipped);
    }

    public Map<Label, Integer> countsByLabel() {
        Map<Label, Integer> counts = new EnumMap<>(Label.class);
        for (Label label : Label.ALL) {
            counts.put(label, 0);
        }
        for (Example e : examples) {
            counts.merge(e.label(), 1, Integer::sum);
        }
        return counts;
    }

    /** SHA-256 over text and label of every example in order. */
    public String contentHash() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Example e : examples) {
                digest.update(e.text().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(e.label().id().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) '\n');
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
