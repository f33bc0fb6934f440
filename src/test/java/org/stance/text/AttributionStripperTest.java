package org.stance.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AttributionStripperTest {

    private final TextNormalizer normalizer = new TextNormalizer();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            “We are the market,” Secretary of State Rex Tillerson said.               | "we are the market,"
            “We are the market,” said Tillerson.                                      | "we are the market,"
            “Treatment works,” the county's health officer told reporters on Tuesday. | "treatment works,"
            “We are,” Kelly said, “the market.”                                       | "we are the market."
            According to Videgaray, the two countries share the problem.              | the two countries share the problem.
            Kelly said the cartels launder their money through front companies.      | the cartels launder their money through front companies.
            Kelly said that the cartels launder money.                                | the cartels launder money.
            Kelly said: “We are the market.”                                          | "we are the market."
            An Iranian official told a UN meeting in Vienna that users need treatment. | users need treatment.
            The ministers will meet again in the spring to discuss tariffs.            | the ministers will meet again in the spring to discuss tariffs.
            """)
    void dropsTheReportingClauseAndKeepsTheClaim(String sentence, String claim) {
        assertEquals(claim, normalizer.normalizeClaim(sentence, true));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            “It is a disaster,” the sheriff said of the overdose wave.
            “Cut the coca,” said Aurelio Mosquera, who leads the growers' association in Putumayo.
            Tillerson said.
            Growers in the Andes planted more coca this year than in any year on record.
            """)
    void leavesSentencesAloneWhenMoreThanAttributionWouldGo(String sentence) {
        assertEquals(normalizer.normalize(sentence), normalizer.normalizeClaim(sentence, true));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            “We are the market,” Secretary of State Rex Tillerson said.
            According to Videgaray, the two countries share the problem.
            """)
    void canBeTurnedOff(String sentence) {
        assertEquals(normalizer.normalize(sentence), normalizer.normalizeClaim(sentence, false));
    }
}
