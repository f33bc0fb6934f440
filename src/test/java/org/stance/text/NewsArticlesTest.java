package org.stance.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whole news pages (headline, byline, dateline, quotations, captions, bullets, boilerplate, hard
 * wrapping) with their sentence boundaries and the speaker of every sentence written down by hand.
 */
class NewsArticlesTest {

    static final int ARTICLES = 6;

    private final SentenceSplitter splitter = new SentenceSplitter();
    private final SpeakerAttributor attributor = new SpeakerAttributor();

    static Stream<String> articles() {
        return IntStream.rangeClosed(1, ARTICLES).mapToObj(i -> "article" + i);
    }

    private static String resource(String name) throws Exception {
        try (InputStream in = NewsArticlesTest.class.getResourceAsStream("/articles/" + name)) {
            assertTrue(in != null, "missing test resource articles/" + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("articles")
    void sentencesAndSpeakersAreAsAnnotated(String name) throws Exception {
        String text = resource(name + ".txt");
        JsonNode expected = new ObjectMapper().readTree(resource(name + ".json")).get("sentences");
        List<Sentence> sentences = splitter.split(text);
        List<String> speakers = attributor.attribute(sentences);

        List<String> wantText = new ArrayList<>();
        List<String> wantSpeaker = new ArrayList<>();
        expected.forEach(s -> {
            wantText.add(s.get("text").asText());
            wantSpeaker.add(s.get("speaker").isNull() ? null : s.get("speaker").asText());
        });
        List<String> gotText = sentences.stream().map(Sentence::text).toList();
        for (Sentence s : sentences) {
            assertEquals(s.text(), text.substring(s.start(), s.end()), "offsets point into the submitted text");
        }
        assertEquals(String.join("\n---\n", wantText), String.join("\n---\n", gotText), name + ": sentence boundaries");
        StringBuilder wrong = new StringBuilder();
        for (int i = 0; i < wantText.size(); i++) {
            if (!java.util.Objects.equals(wantSpeaker.get(i), speakers.get(i))) {
                wrong.append("\n  expected ").append(wantSpeaker.get(i)).append(", got ").append(speakers.get(i))
                        .append(": ").append(wantText.get(i));
            }
        }
        assertTrue(wrong.length() == 0, name + ": speakers" + wrong);
    }
}
