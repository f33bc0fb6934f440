package org.stance.model;

/** Receives a line of progress per epoch and per stage; the CLI prints them, tests ignore them. */
@FunctionalInterface
public interface TrainingProgress {

    void report(String line);

    TrainingProgress SILENT = line -> { };
}
