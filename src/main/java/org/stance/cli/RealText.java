package org.stance.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.stance.data.CorpusException;
import org.stance.data.CorpusLoader;
import org.stance.model.TrainingRun;

/**
 * The real-text yardstick: labelled sentences from speeches and news that nobody wrote for the
 * corpus. Every model change is judged on them first; they are measured on, never trained on.
 */
final class RealText {

    /** The development set beside the checkout, where the project's shared files live. */
    static final Path DEFAULT = Path.of("..", "shared", "eval", "sotu-dev.csv");

    private RealText() {
    }

    /** The file's sentences; none, with a note, when the default file is absent or 'none' was asked for. */
    static TrainingRun.Evaluated load(Path file) {
        if (file == null || file.toString().equals("none")) {
            return TrainingRun.Evaluated.NONE;
        }
        if (!Files.exists(file)) {
            if (file.equals(DEFAULT)) {
                System.out.println("note: no real-text file at " + DEFAULT + "; real-text figures are skipped "
                        + "(pass --real FILE to measure on one)");
                return TrainingRun.Evaluated.NONE;
            }
            throw new Failure(file + ": no such file; give a labelled CSV (text,label,source) with --real, or --real none");
        }
        try {
            return new TrainingRun.Evaluated(new CorpusLoader(false).load(file).examples(), file.toString());
        } catch (CorpusException e) {
            throw new Failure("the real-text file is not usable:\n  " + String.join("\n  ", e.problems()));
        }
    }
}
