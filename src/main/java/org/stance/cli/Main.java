package org.stance.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The one runnable entry point: {@code train}, {@code evaluate}, {@code classify}, {@code serve}, {@code archive}. */
@Command(name = "stance", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = "Labels what sentences about drugs say the problem is: demand, supply, enforcement or none.",
        subcommands = {TrainCommand.class, EvaluateCommand.class, ClassifyCommand.class, ServeCommand.class, SplitCommand.class,
                ArchiveCommand.class, ChartCommand.class})
public final class Main implements java.util.concurrent.Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The version written once in pom.xml. */
    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[]{"stance " + org.stance.Version.get()};
        }
    }

    public static void main(String[] args) {
        // Quiet by default: ND4J and Jetty log at INFO on start-up, which buries the CLI's own output.
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        // The encoder's tokenizer unpacks its native library into DJL's cache, by default under the
        // home folder, which services often may not write: use the temporary folder unless told otherwise.
        if (System.getenv("DJL_CACHE_DIR") == null && System.getProperty("DJL_CACHE_DIR") == null) {
            System.setProperty("DJL_CACHE_DIR", java.nio.file.Path.of(System.getProperty("java.io.tmpdir"), "stance-djl").toString());
        }
        // The access log of `serve` is the one INFO logger shown (`serve --no-access-log` turns it off).
        String access = "org.slf4j.simpleLogger.log." + org.stance.serve.StanceServer.ACCESS_LOGGER;
        if (System.getProperty(access) == null) {
            System.setProperty(access, "info");
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

    /** Without a sub-command there is nothing to do: the usage goes to stderr and the exit code is 2 (usage error). */
    @Override
    public Integer call() {
        spec.commandLine().getErr().println("error: give a sub-command");
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }
}
