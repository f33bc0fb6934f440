package org.stance.batch;

import java.nio.file.Path;
import java.util.List;

/** What to run the job on: input (file, folder or glob), output folder, model folder, and the columns to aggregate by. */
public record ArchiveOptions(String in, String out, Path model, List<String> groupBy) {

    public ArchiveOptions {
        groupBy = List.copyOf(groupBy);
    }
}
