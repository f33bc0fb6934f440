package org.stance.model;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.stance.data.Label;
import org.stance.features.DrugLexicon;
import org.stance.features.FeaturePipeline;
import org.stance.features.FeatureSpace;
import org.stance.features.SparseVector;
import org.stance.text.Tokenizer;

/**
 * A trained classifier: feature state, DL4J networks and provenance, never changed after creation.
 * The networks are members of an ensemble, alike but for their random start; their probabilities
 * are averaged, which steadies what any one of them does on text unlike the corpus.
 * Predictions go through {@link SparseScorer} (the fast path, thread-safe without locks);
 * {@link #predictWithNetwork} runs DL4J itself and is the reference the fast path is tested against.
 */
public final class StanceModel {

    private final FeaturePipeline features;
    private final List<MultiLayerNetwork> networks;
    private final List<SparseScorer> scorers;
    private final ModelInfo info;
    private final boolean gated;
    private final Tokenizer tokenizer = new Tokenizer();

    StanceModel(FeaturePipeline features, List<MultiLayerNetwork> networks, ModelInfo info) {
        if (networks.isEmpty()) {
            throw new IllegalArgumentException("a model needs at least one network");
        }
        for (MultiLayerNetwork network : networks) {
            if (network.getLayer(0).getParam("W").rows() != features.dimension()) {
                throw new IllegalArgumentException("network input size " + network.getLayer(0).getParam("W").rows()
                        + " differs from the feature dimension " + features.dimension());
            }
        }
        this.features = features;
        this.networks = List.copyOf(networks);
        this.scorers = this.networks.stream().map(SparseScorer::new).toList();
        this.info = info;
        this.gated = info != null && info.config() != null && info.config().relevanceGate();
    }

    /** This model with its sentence-vector cache resized (0 turns it off, for measuring fresh text). */
    public StanceModel withEmbeddingCache(int size) {
        return new StanceModel(features.withCacheSize(size), networks, info);
    }

    /** This model with the relevance gate on or off (off: every sentence goes to the networks). */
    public StanceModel withRelevanceGate(boolean on) {
        return new StanceModel(features, networks, info.withConfig(info.config().withRelevanceGate(on)));
    }

    public ModelInfo info() {
        return info;
    }

    public String id() {
        return info.id();
    }

    public FeaturePipeline features() {
        return features;
    }

    List<MultiLayerNetwork> networks() {
        return networks;
    }

    public Prediction predict(String text) {
        return outsideDrugWorld(text) ? outside() : Prediction.of(probabilities(features.vectorize(text)));
    }

    /**
     * Whether the relevance gate answers for this sentence: it has no word of the drug world (no drug
     * name, no word of the lexicon's groups, no frame cue), so read alone it is {@code none} by
     * codebook rule 12, and the networks, which have learnt frames from drug sentences, are not
     * asked. Most sentences of real speeches and pages are such sentences, so the gate also spares
     * them the encoder. Always false for a model trained without {@code relevanceGate}.
     */
    public boolean outsideDrugWorld(String text) {
        return gated && !DrugLexicon.touchesDrugWorld(tokenizer.tokenize(features.claimText(text)));
    }

    private static Prediction outside() {
        double[] scores = new double[Label.ALL.size()];
        scores[Label.NONE.ordinal()] = 1.0;
        return Prediction.of(scores);
    }

    /** The members' mean probability of each label. */
    private double[] probabilities(SparseVector row) {
        double[] mean = scorers.get(0).probabilities(row);
        for (int m = 1; m < scorers.size(); m++) {
            double[] p = scorers.get(m).probabilities(row);
            for (int k = 0; k < mean.length; k++) {
                mean[k] += p[k];
            }
        }
        for (int k = 0; k < mean.length; k++) {
            mean[k] /= scorers.size();
        }
        return mean;
    }

    /**
     * Predictions in order. The features of the batch are built by {@link FeaturePipeline#vectorizeAll},
     * which spreads the encoder's milliseconds a sentence over the cores; scoring is microseconds.
     */
    public List<Prediction> predictAll(List<String> texts) {
        Prediction[] out = new Prediction[texts.size()];
        List<Integer> asked = askNetworks(texts, out);
        List<SparseVector> rows = features.vectorizeAll(asked.stream().map(texts::get).toList());
        for (int k = 0; k < rows.size(); k++) {
            out[asked.get(k)] = Prediction.of(probabilities(rows.get(k)));
        }
        return List.of(out);
    }

    /** Fills in the gate's answers and returns the positions the networks must read, in order. */
    private List<Integer> askNetworks(List<String> texts, Prediction[] out) {
        List<Integer> asked = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            if (outsideDrugWorld(texts.get(i))) {
                out[i] = outside();
            } else {
                asked.add(i);
            }
        }
        return asked;
    }

    /**
     * The prediction with the words and phrases that moved it most: each token, and each pair of
     * adjacent tokens, is left out in turn and the sentence re-scored; the weight is how much the
     * predicted label's probability falls without it (negative: it argued against the label).
     * Strongest first by absolute weight; a phrase is listed only when it matters more than
     * either of its words alone.
     */
    public Prediction explain(String text, int topK) {
        if (outsideDrugWorld(text)) {
            return outside(); // no word moved it: none of them belongs to the drug world
        }
        String normalized = features.claimText(text);
        List<Tokenizer.Span> spans = tokenizer.spans(normalized);
        List<String> tokens = spans.stream().map(Tokenizer.Span::token).toList();
        float[] embedding = features.embeddingOf(text);
        Prediction full = Prediction.of(probabilities(features.vectorizeTokens(tokens, embedding)));
        int target = full.label().ordinal();
        List<Prediction.Evidence> evidence = new ArrayList<>();
        double[] single = new double[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            single[i] = full.confidence() - scoreWithout(tokens, embedding, i, 1)[target];
            evidence.add(new Prediction.Evidence(normalized.substring(spans.get(i).start(), spans.get(i).end()), single[i]));
        }
        for (int i = 0; i + 1 < tokens.size(); i++) {
            double w = full.confidence() - scoreWithout(tokens, embedding, i, 2)[target];
            if (Math.abs(w) > Math.max(Math.abs(single[i]), Math.abs(single[i + 1])) + 1e-9) {
                evidence.add(new Prediction.Evidence(
                        normalized.substring(spans.get(i).start(), spans.get(i + 1).end()), w));
            }
        }
        List<Prediction.Evidence> top = evidence.stream()
                .filter(e -> Math.abs(e.weight()) > 1e-6)
                .sorted(Comparator.comparingDouble((Prediction.Evidence e) -> -Math.abs(e.weight()))
                        .thenComparing(Prediction.Evidence::token))
                .distinct()
                .limit(topK)
                .toList();
        return full.withEvidence(top);
    }

    private double[] scoreWithout(List<String> tokens, float[] embedding, int from, int count) {
        List<String> kept = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            if (i < from || i >= from + count) {
                kept.add(tokens.get(i));
            }
        }
        return probabilities(features.vectorizeTokens(kept, embedding));
    }

    /** The reference path: the DL4J networks on dense rows (one synchronized call each for the whole batch). */
    public List<Prediction> predictWithNetwork(List<String> texts) {
        Prediction[] out = new Prediction[texts.size()];
        List<Integer> asked = askNetworks(texts, out);
        if (asked.isEmpty()) {
            return List.of(out);
        }
        List<SparseVector> rows = features.vectorizeAll(asked.stream().map(texts::get).toList());
        INDArray input = dense(rows, features.dimension());
        INDArray output = networks.get(0).output(input, false);
        for (int m = 1; m < networks.size(); m++) {
            output = output.add(networks.get(m).output(input, false));
        }
        output = output.div(networks.size());
        for (int k = 0; k < asked.size(); k++) {
            out[asked.get(k)] = Prediction.of(output.getRow(k).toDoubleVector());
        }
        return List.of(out);
    }

    static INDArray dense(List<SparseVector> rows, int dimension) {
        float[] data = new float[rows.size() * dimension];
        for (int r = 0; r < rows.size(); r++) {
            SparseVector v = rows.get(r);
            for (int k = 0; k < v.size(); k++) {
                data[r * dimension + v.indices()[k]] = v.values()[k];
            }
        }
        return Nd4j.create(data, new long[]{rows.size(), dimension}, 'c').castTo(DataType.FLOAT);
    }

    /** A content id: the same weights and vocabulary always give the same id. */
    static String contentId(FeaturePipeline pipeline, List<MultiLayerNetwork> networks) {
        try {
            FeatureSpace features = pipeline.ngrams();
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(((pipeline.lexicon() ? "lexicon;" : "") + (pipeline.encoder() == null ? ""
                    : pipeline.encoder().spec().name())).getBytes(StandardCharsets.UTF_8));
            for (String term : features.terms()) {
                digest.update(term.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            ByteBuffer buffer = ByteBuffer.allocate(4);
            for (float f : features.idf()) {
                digest.update(buffer.clear().putFloat(f).array());
            }
            for (MultiLayerNetwork network : networks) {
                for (float f : network.params().toFloatVector()) {
                    digest.update(buffer.clear().putFloat(f).array());
                }
            }
            return "stance-" + HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
