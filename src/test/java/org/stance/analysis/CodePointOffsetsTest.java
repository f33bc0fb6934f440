package org.stance.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stance.model.ModelArtifact;
import org.stance.model.StanceModel;

/**
 * Sentence offsets count Unicode code points, as Python's {@code text[start:end]} does: an emoji
 * (two UTF-16 units) is one, a combining accent is one of its own, a CJK character is one.
 */
class CodePointOffsetsTest {

    static StanceModel model;
    private final ArticleAnalyzer analyzer = new ArticleAnalyzer();

    @BeforeAll
    static void load() throws Exception {
        model = ModelArtifact.load(Path.of("model"));
    }

    /** Python's {@code text[start:end]}. */
    static String slice(String text, int start, int end) {
        int from = text.offsetByCodePoints(0, start);
        return text.substring(from, text.offsetByCodePoints(from, end - start));
    }

    @Test
    void offsetsAfterEmojiCjkAndCombiningAccentsAreCodePoints() {
        String article = "\ud83d\ude00\ud83c\uddf2\ud83c\uddfd \u6bd2\u54c1 Cafe\u0301 news\n\n"
                + "Police in Sinaloa \ud83d\udea8 seized a lab. The mayor of Culiaca\u0301n \u2014 \u5e02\u957f \u2014 said demand is the problem.";
        List<AnalyzedSentence> sentences = analyzer.analyze(article, model, false).sentences();
        assertEquals(3, sentences.size());
        for (AnalyzedSentence s : sentences) {
            assertEquals(s.text(), slice(article, s.start(), s.end()));
        }
        // As Python counts them: 3 for the emoji and the flag, 2 for the CJK word, 5 for "Cafe" and its accent.
        assertEquals(0, sentences.get(0).start());
        assertEquals(17, sentences.get(0).end());
        assertEquals(19, sentences.get(1).start());
        assertEquals(52, sentences.get(1).end());
        assertEquals(53, sentences.get(2).start());
        assertEquals(article.codePointCount(0, article.length()), sentences.get(2).end());
    }

    @Test
    void offsetsOfASentenceThatIsOnlyAfterAnEmoji() {
        String article = "Doctors warned about the opioid. \ud83d\ude00 Police arrested two men.";
        List<AnalyzedSentence> sentences = analyzer.analyze(article, model, false).sentences();
        assertEquals(2, sentences.size());
        assertEquals("Police arrested two men.", slice(article, sentences.get(1).start(), sentences.get(1).end()));
        assertEquals(35, sentences.get(1).start());
    }
}
