package org.stance.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * Wire-report attribution forms with the surname each must yield: a title, honorific or office
 * ("Dr.", "Rep.", "President", "Attorney General") is never the speaker; an unnamed one gives null.
 */
class AttributionFormsTest {

    private final SentenceSplitter splitter = new SentenceSplitter();
    private final SpeakerAttributor attributor = new SpeakerAttributor();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvFileSource(resources = "/text/attribution-forms.csv", numLinesToSkip = 1)
    void theSpeakerIsTheSurname(String sentence, String speaker) {
        List<Sentence> sentences = splitter.split(sentence);
        assertEquals(1, sentences.size(), "one sentence: " + sentences);
        assertEquals(speaker, attributor.attribute(sentences).get(0));
    }
}
