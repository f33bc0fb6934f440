package org.stance.cli;

import com.opencsv.CSVWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.stance.data.Corpus;
import org.stance.data.CorpusException;
import org.stance.data.CorpusLoader;
import org.stance.data.Example;
import org.stance.data.Splits;
import org.stance.model.TrainingConfig;
import org.stance.model.TrainingRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "split", mixinStandardHelpOptions = true,
        description = "Write the training part and the held-out test split that `train` uses (train.csv, test.csv), "
                + "so other tools can be trained and tested on exactly the same sentences.")
final class SplitCommand implements Callable<Integer> {

    @Option(names = "--data", description = "Folder of annotated CSV files (default: ${DEFAULT-VALUE}).")
    Path data = Path.of("training-data");

    @Option(names = "--out", required = true, description = "Folder to write train.csv and test.csv to.")
    Path out;

    @Option(names = "--config", description = "JSON file overriding training settings (seed, testFraction).")
    Path config;

    @Override
    public Integer call() throws IOException {
        TrainingConfig settings = config == null ? TrainingConfig.defaults() : TrainingConfig.load(config);
        Corpus corpus;
        try {
            corpus = new CorpusLoader(false).load(data);
        } catch (CorpusException e) {
            throw new Failure("the data is not usable:\n  " + String.join("\n  ", e.problems()));
        }
        Splits.Split split = TrainingRun.heldOut(corpus, settings);
        Files.createDirectories(out);
        write(out.resolve("train.csv"), split.first());
        write(out.resolve("test.csv"), split.second());
        System.out.println("wrote " + split.first().size() + " training and " + split.second().size()
                + " test sentences to " + out);
        return 0;
    }

    private static void write(Path file, List<Example> examples) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVWriter csv = new CSVWriter(w)) {
            csv.writeNext(new String[]{"text", "label", "source"});
            for (Example e : examples) {
                csv.writeNext(new String[]{e.text(), e.label().id(), e.source()});
            }
        }
    }
}
