package org.stance.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The one runnable entry point: {@code train}, {@code evaluate}, {@code classify}, {@code serve}, {@code archive}. */
@Command(name = "stance", mixinStandardHelpOptions = true, version = "stance 1.0.0",
        description = "Labels what sentences about drugs say the problem is: demand, supply, enforcement or none.",
        subcommands = {TrainCommand.class, EvaluateCommand.class, ClassifyCommand.class, ServeCommand.class, SplitCommand.class,
                ArchiveCommand.class, ChartCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        // Quiet by default: ND4J and Jetty log at INFO on start-up, which buries the CLI's own output.
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((e, command, parseResult) -> {
            command.getErr().println("error: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return 1;
        });
        return cli;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
