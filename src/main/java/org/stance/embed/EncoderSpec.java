package org.stance.embed;

import java.util.List;

/**
 * Which pretrained sentence encoder a model was trained with: its name, the classpath resources
 * of its ONNX graph and tokenizer (shipped inside Maven Central jars, no download), the prefix
 * its authors ask for, and its output size. Recorded in a model's manifest and checked on load,
 * because a network trained on one encoder's vectors reads another's as noise.
 */
public record EncoderSpec(String name, String modelResource, String tokenizerResource, String prefix,
                          int dimension, int maxTokens) {

    public static final EncoderSpec MINILM_L6_V2_Q = new EncoderSpec("all-minilm-l6-v2-q",
            "/all-minilm-l6-v2-q.onnx", "/all-minilm-l6-v2-q-tokenizer.json", "", 384, 128);
    public static final EncoderSpec MINILM_L6_V2 = new EncoderSpec("all-minilm-l6-v2",
            "/all-minilm-l6-v2.onnx", "/all-minilm-l6-v2-tokenizer.json", "", 384, 128);

    public static final List<EncoderSpec> KNOWN = List.of(MINILM_L6_V2_Q, MINILM_L6_V2);

    /** The encoder of that name, or an error that lists the ones this build has. */
    public static EncoderSpec named(String name) {
        return KNOWN.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown encoder '" + name + "'; this build has "
                        + KNOWN.stream().map(EncoderSpec::name).toList() + ", or none (\"\")"));
    }
}
