package org.stance.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.stance.data.Corpus;
import org.stance.data.CorpusException;
import org.stance.data.CorpusLoader;
import org.stance.data.Example;
import org.stance.model.ModelArtifact;
import org.stance.model.ReportTable;
import org.stance.model.TrainingConfig;
import org.stance.model.TrainingRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Load and validate the corpus, train, evaluate, and save the model.")
final class TrainCommand implements Callable<Integer> {

    @Option(names = "--data", description = "Folder of annotated CSV files (default: ${DEFAULT-VALUE}).")
    Path data = Path.of("training-data");

    @Option(names = "--out", description = "Folder to write the model to (default: a new folder models/stance-<date>-<time>). "
            + "An existing folder that holds files, such as the shipped model/, is replaced only with --force.")
    Path out;

    @Option(names = "--force", description = "Replace the model in an existing --out folder.")
    boolean force;

    @Option(names = "--config", description = "JSON file overriding training settings (defaults: training-config.json in the jar).")
    Path config;

    @Option(names = "--challenge", description = "Labelled challenge CSV file or folder, evaluated but never trained on (default: <data>/challenge).")
    Path challenge;

    @Option(names = "--real", description = "Labelled real sentences (CSV text,label,source) to measure on, never trained on "
            + "(default: ${DEFAULT-VALUE} when it exists; 'none' to skip).")
    Path real = RealText.DEFAULT;

    @Option(names = "--feedback", description = "Folder of analysts' corrections (CSV) added to the training data, if it exists (default: ${DEFAULT-VALUE}).")
    Path feedback = Path.of("feedback");

    @Option(names = "--skip-bad-rows", description = "Skip and list bad rows instead of stopping.")
    boolean skipBadRows;

    /** Where a run writes when no --out is given: a new folder, so no model is ever overwritten by default. */
    static Path defaultOut(java.time.Clock clock) {
        return Path.of("models", "stance-" + java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
                .withZone(java.time.ZoneOffset.UTC).format(clock.instant()));
    }

    @Override
    public Integer call() throws IOException {
        Path target = out != null ? out : defaultOut(java.time.Clock.systemUTC());
        if (Files.isDirectory(target) && !force && !isEmpty(target)) {
            throw new Failure("--out " + target + " already holds files (a model?); nothing was trained. Give a new folder, "
                    + "leave --out out to write a new models/stance-<date>-<time>, or add --force to replace it");
        }
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new Failure("--out " + target + " is a file, not a folder; give a folder");
        }
        TrainingConfig settings;
        try {
            settings = config == null ? TrainingConfig.defaults() : TrainingConfig.load(config);
        } catch (IOException e) {
            throw new Failure("cannot use --config " + config + ": " + e.getMessage());
        }
        CorpusLoader loader = new CorpusLoader(skipBadRows);
        Corpus corpus = loadTraining(loader);
        corpus.skipped().forEach(p -> System.err.println("skipped " + p));
        TrainingRun.Evaluated challengeSet = TrainingRun.Evaluated.NONE;
        Path challengePath = challenge != null ? challenge : data.resolve("challenge");
        if (challenge != null || Files.isDirectory(challengePath)) {
            try {
                challengeSet = new TrainingRun.Evaluated(
                        new CorpusLoader(skipBadRows).load(challengePath).examples(), challengePath.toString());
            } catch (CorpusException e) {
                throw new Failure("the challenge data is not usable: " + e.getMessage());
            }
        }
        TrainingRun.Evaluated realSet = RealText.load(real);
        System.out.println("training on " + corpus.examples().size() + " sentences " + corpus.countsByLabel());
        TrainingRun.Result result = new TrainingRun(settings, new EtaProgress(System.out, settings.folds(), settings.maxEpochs()))
                .run(corpus, challengeSet, realSet);
        ModelArtifact.save(result.model(), result.report(), target);
        System.out.println(ReportTable.report(result.report()));
        System.out.println("saved model " + result.model().id() + " to " + target);
        System.out.println("serve it with: java -Xmx1g -jar target/stance.jar serve --model " + target);
        System.out.println(target);
        return 0;
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (var entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    private Corpus loadTraining(CorpusLoader loader) {
        try {
            Corpus main = loader.load(data);
            if (feedback == null || CorpusLoader.csvFilesQuietly(feedback).isEmpty()) {
                return main;
            }
            Corpus corrections = loader.loadCorrections(feedback);
            corrections.skipped().forEach(p -> System.err.println("skipped " + p));
            System.out.println("including " + corrections.examples().size() + " corrections from " + feedback);
            return main.corrected(corrections.examples(), loader::dedupKey);
        } catch (CorpusException e) {
            throw new Failure("the training data is not usable, nothing was trained:\n  "
                    + String.join("\n  ", e.problems())
                    + "\nfix the rows above, or pass --skip-bad-rows to leave them out");
        }
    }
}
