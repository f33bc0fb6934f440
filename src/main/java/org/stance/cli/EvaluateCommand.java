package org.stance.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.stance.data.CorpusException;
import org.stance.data.CorpusLoader;
import org.stance.data.Example;
import org.stance.data.Label;
import org.stance.model.Metrics;
import org.stance.model.ReportTable;
import org.stance.model.StanceModel;
import org.stance.model.TrainingRun;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Metrics of a model on real text (--real) and on any labelled CSV file (--data): a table, then the same as JSON.")
final class EvaluateCommand implements Callable<Integer> {

    @Option(names = "--data", description = "Labelled CSV file (or folder of them), header text,label,source.")
    Path data;

    @Option(names = "--real", description = "Labelled real sentences, reported first "
            + "(default: ${DEFAULT-VALUE} when it exists; 'none' to skip).")
    Path real = RealText.DEFAULT;

    @Mixin
    ModelOption model;

    @Option(names = "--format", description = "table, json, or both (default: ${DEFAULT-VALUE}).")
    String format = "both";

    @Override
    public Integer call() throws Exception {
        if (!List.of("table", "json", "both").contains(format)) {
            throw new Failure("--format must be table, json or both, not '" + format + "'");
        }
        TrainingRun.Evaluated realSet = RealText.load(real);
        List<Example> examples = List.of();
        if (data != null) {
            try {
                examples = new CorpusLoader(false).load(data).examples();
            } catch (CorpusException e) {
                throw new Failure("the evaluation data is not usable:\n  " + String.join("\n  ", e.problems()));
            }
        }
        if (examples.isEmpty() && realSet.examples().isEmpty()) {
            throw new Failure("nothing to evaluate on: give --data FILE.csv, or --real FILE.csv (labelled real sentences)");
        }
        StanceModel m = model.load();
        Map<String, Metrics> results = new LinkedHashMap<>();
        if (!realSet.examples().isEmpty()) {
            results.put("realText", measure(m, realSet.examples()));
            print(m, "real text " + realSet.file(), results.get("realText"));
        }
        if (!examples.isEmpty()) {
            results.put("data", measure(m, examples));
            print(m, data.toString(), results.get("data"));
        }
        if (!format.equals("table")) {
            Object json = results.size() == 1 ? results.values().iterator().next() : results;
            System.out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json));
        }
        return 0;
    }

    private static Metrics measure(StanceModel m, List<Example> examples) {
        List<Label> gold = examples.stream().map(Example::label).toList();
        return Metrics.of(gold, m.predictAll(examples.stream().map(Example::text).toList()));
    }

    private void print(StanceModel m, String what, Metrics metrics) {
        if (!format.equals("json")) {
            System.out.println(ReportTable.metrics("Model " + m.id() + " on " + what, metrics));
        }
    }
}
