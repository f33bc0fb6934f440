package org.stance.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusLoaderTest {

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private String problem(String csv) throws Exception {
        write("data.csv", csv);
        CorpusException e = assertThrows(CorpusException.class, () -> new CorpusLoader(false).load(dir));
        assertEquals(1, e.problems().size(), e.getMessage());
        return e.problems().get(0);
    }

    @Test
    void readsQuotedFieldsBomAndEveryCsvInTheFolderButNotSubfolders() throws Exception {
        write("a.csv", "\uFEFFtext,label,source\n\"Coca, again, grew \"\"fast\"\"\",supply,https://example.org/a\n");
        write("b.csv", "text,label,source\nThe cartel's accountant was arrested.,enforcement,written\n");
        Files.createDirectories(dir.resolve("challenge"));
        write("challenge/c.csv", "text,label,source\nNot training data.,none,written\n");
        Corpus corpus = new CorpusLoader(false).load(dir);
        assertEquals(2, corpus.examples().size());
        assertEquals("Coca, again, grew \"fast\"", corpus.examples().get(0).text());
        assertEquals(Label.SUPPLY, corpus.examples().get(0).label());
        assertEquals(3, corpus.examples().get(1).line() + 1);
    }

    @Test
    void unknownLabelNamesFileLineAndTheLabels() throws Exception {
        String p = problem("text,label,source\nFine sentence.,none,written\nBad one.,supplies,written\n");
        assertTrue(p.endsWith("data.csv:3: unknown label 'supplies'; use one of demand, supply, enforcement, none"), p);
    }

    @Test
    void emptyText() throws Exception {
        assertTrue(problem("text,label,source\n  ,none,written\n").endsWith("data.csv:2: the text is empty"));
    }

    @Test
    void wrongColumnCount() throws Exception {
        assertTrue(problem("text,label,source\nA sentence.,none\n").contains("data.csv:2: expected 3 columns"));
    }

    @Test
    void duplicateAfterNormalisingCaseSpaceAndQuotes() throws Exception {
        String p = problem("text,label,source\n\"\u201cWe are the market\u201d, he said.\",demand,written\n"
                + "\"\"\"we are the  market\"\", HE said.\",demand,written\n");
        assertTrue(p.contains("data.csv:3: duplicate of the sentence at ") && p.endsWith("data.csv:2"), p);
    }

    @Test
    void invalidUtf8() throws Exception {
        byte[] good = "text,label,source\nFine.,none,written\n".getBytes(StandardCharsets.UTF_8);
        byte[] bad = {'B', 'a', 'd', (byte) 0xC3, (byte) 0x28, '.', ',', 'n', 'o', 'n', 'e', ',', 'w', '\n'};
        byte[] all = new byte[good.length + bad.length];
        System.arraycopy(good, 0, all, 0, good.length);
        System.arraycopy(bad, 0, all, good.length, bad.length);
        Files.write(dir.resolve("data.csv"), all);
        CorpusException e = assertThrows(CorpusException.class, () -> new CorpusLoader(false).load(dir));
        assertTrue(e.problems().get(0).endsWith("data.csv:3: invalid UTF-8 bytes; save the file as UTF-8"), e.getMessage());
    }

    @Test
    void wrongHeader() throws Exception {
        assertTrue(problem("sentence,label\nA.,none\n").contains("data.csv:1: header is sentence,label; expected text,label,source"));
    }

    @Test
    void skipBadRowsKeepsTheGoodOnesAndListsEachBadOne() throws Exception {
        write("data.csv", "text,label,source\nGood.,none,written\nBad.,nope,written\n,none,written\nAlso good.,demand,written\n");
        Corpus corpus = new CorpusLoader(true).load(dir);
        assertEquals(List.of("Good.", "Also good."), corpus.examples().stream().map(Example::text).toList());
        assertEquals(2, corpus.skipped().size());
    }

    @Test
    void allProblemsAreReportedAtOnce() throws Exception {
        write("data.csv", "text,label,source\nBad.,nope,written\n,none,written\n");
        CorpusException e = assertThrows(CorpusException.class, () -> new CorpusLoader(false).load(dir));
        assertEquals(2, e.problems().size());
    }

    @Test
    void correctionsReplaceTheSameSentenceAndTheLatestWins() throws Exception {
        Files.createDirectories(dir.resolve("corpus"));
        Files.createDirectories(dir.resolve("feedback"));
        Files.writeString(dir.resolve("corpus/a.csv"), "text,label,source\nThe trade will find a way.,none,written\nOther.,none,written\n");
        Files.writeString(dir.resolve("feedback/f.csv"), "text,label,source\nthe trade will find a way.,supply,feedback\n"
                + "The trade will find a way.,demand,feedback\nNew one.,enforcement,feedback\n");
        CorpusLoader loader = new CorpusLoader(false);
        Corpus corrected = loader.load(dir.resolve("corpus"))
                .corrected(loader.loadCorrections(dir.resolve("feedback")).examples(), loader::dedupKey);
        assertEquals(3, corrected.examples().size());
        assertEquals(Label.DEMAND, corrected.examples().get(0).label());
    }

    @Test
    void aFeedbackFileWithOnlyItsHeaderMeansNoCorrections() throws Exception {
        write("feedback.csv", "text,label,source\n");
        assertEquals(0, new CorpusLoader(false).loadCorrections(dir).examples().size());
    }

    @Test
    void contentHashChangesWithAnyLabel() throws Exception {
        write("data.csv", "text,label,source\nA.,none,written\n");
        String first = new CorpusLoader(false).load(dir).contentHash();
        write("data.csv", "text,label,source\nA.,demand,written\n");
        assertTrue(!first.equals(new CorpusLoader(false).load(dir).contentHash()));
    }
}
