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
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Metrics of a model on a labelled CSV file (header text,label,source): a table, then the same as JSON.")
final class EvaluateCommand implements Callable<Integer> {

    @Option(names = "--data", required = true, description = "Labelled CSV file (or folder of them).")
    Path data;

    @Mixin
    ModelOption model;

    @Option(names = "--format", description = "table, json, or both (default: ${DEFAULT-VALUE}).")
    String format = "both";

    @Override
    public Integer call() throws Exception {
        if (!List.of("table", "json", "both").contains(format)) {
            throw new Failure("--format must be table, json or both, not '" + format + "'");
        }
        List<Example> examples;
        try {
            examples = new CorpusLoader(false).load(data).examples();
        } catch (CorpusException e) {
            throw new Failure("the evaluation data is not usable:\n  " + String.join("\n  ", e.problems()));
        }
        StanceModel m = model.load();
        List<Label> gold = examples.stream().map(Example::label).toList();
        Metrics metrics = Metrics.of(gold, m.predictAll(examples.stream().map(Example::text).toList()));
        if (!format.equals("json")) {
            System.out.println(ReportTable.metrics("Model " + m.id() + " on " + data, metrics));
        }
        if (!format.equals("table")) {
            System.out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(metrics));
        }
        return 0;
    }
}
