package org.stance.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Stratified, seeded partitions of a list of examples: the held-out split and k folds. */
public final class Splits {

    private Splits() {
    }

    /** Two parts of a list: {@code first} gets about {@code 1 - fraction}, {@code second} the rest. */
    public record Split(List<Example> first, List<Example> second) {
    }

    /** Holds out {@code fraction} of each label, chosen with {@code seed}; order within parts is stable. */
    public static Split stratified(List<Example> examples, double fraction, long seed) {
        List<Example> first = new ArrayList<>();
        List<Example> second = new ArrayList<>();
        for (List<Example> group : shuffledByLabel(examples, seed).values()) {
            int held = (int) Math.round(group.size() * fraction);
            second.addAll(group.subList(0, held));
            first.addAll(group.subList(held, group.size()));
        }
        return new Split(first, second);
    }

    /** k stratified folds: fold i is {@code (train = all but i, test = i)}. */
    public static List<Split> folds(List<Example> examples, int k, long seed) {
        List<List<Example>> buckets = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            buckets.add(new ArrayList<>());
        }
        int next = 0;
        for (List<Example> group : shuffledByLabel(examples, seed).values()) {
            for (Example e : group) {
                buckets.get(next).add(e);
                next = (next + 1) % k;
            }
        }
        List<Split> folds = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            List<Example> train = new ArrayList<>();
            for (int j = 0; j < k; j++) {
                if (j != i) {
                    train.addAll(buckets.get(j));
                }
            }
            folds.add(new Split(train, buckets.get(i)));
        }
        return folds;
    }

    private static Map<Label, List<Example>> shuffledByLabel(List<Example> examples, long seed) {
        Map<Label, List<Example>> byLabel = new EnumMap<>(Label.class);
        for (Example e : examples) {
            byLabel.computeIfAbsent(e.label(), l -> new ArrayList<>()).add(e);
        }
        Random random = new Random(seed);
        for (List<Example> group : byLabel.values()) {
            Collections.shuffle(group, random);
        }
        return byLabel;
    }
}
