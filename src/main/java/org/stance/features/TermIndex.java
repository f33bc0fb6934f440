package org.stance.features;

import java.util.Arrays;
import java.util.List;

/**
 * Finds the vocabulary index of a term from its characters without building the term's string:
 * a 64-bit hash of the same character sequence {@link TermExtractor} would produce, looked up in
 * an open-addressing table. Built once per vocabulary; read-only afterwards, so safe to share.
 * The chance that an unseen n-gram shares a hash with one of ~40,000 terms is about 2e-15 per lookup.
 */
final class TermIndex {

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    private static final int MISSING = -1;

    private final long[] keys;
    private final int[] values;
    private final int mask;

    private TermIndex(long[] keys, int[] values) {
        this.keys = keys;
        this.values = values;
        this.mask = keys.length - 1;
    }

    /** The index for these terms, or null when two of them share a hash (then callers use strings). */
    static TermIndex of(List<String> terms) {
        int capacity = Integer.highestOneBit(Math.max(4, terms.size() * 3)) << 1;
        long[] keys = new long[capacity];
        int[] values = new int[capacity];
        Arrays.fill(values, MISSING);
        TermIndex index = new TermIndex(keys, values);
        for (int i = 0; i < terms.size(); i++) {
            long h = index.finish(index.update(FNV_OFFSET, terms.get(i), 0, terms.get(i).length()));
            if (!index.put(h, i)) {
                return null;
            }
        }
        return index;
    }

    private boolean put(long hash, int value) {
        int slot = (int) hash & mask;
        while (values[slot] != MISSING) {
            if (keys[slot] == hash) {
                return false;
            }
            slot = (slot + 1) & mask;
        }
        keys[slot] = hash;
        values[slot] = value;
        return true;
    }

    int get(long hash) {
        int slot = (int) hash & mask;
        while (values[slot] != MISSING) {
            if (keys[slot] == hash) {
                return values[slot];
            }
            slot = (slot + 1) & mask;
        }
        return MISSING;
    }

    static long start() {
        return FNV_OFFSET;
    }

    long update(long h, CharSequence s, int from, int to) {
        for (int i = from; i < to; i++) {
            h = update(h, s.charAt(i));
        }
        return h;
    }

    static long update(long h, char c) {
        return (h ^ c) * FNV_PRIME;
    }

    /** Mixes the bits (MurmurHash3's finaliser) so that the low bits index the table well. */
    long finish(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
