package org.stance.batch;

import java.io.IOException;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The job writes into a hidden folder beside {@code --out} and swaps it in only when everything
 * is written, so a failed or killed run leaves the previous output whole. A folder that holds
 * something other than an earlier job's output is never replaced.
 */
final class OutputFolder {

    static final String SUMMARY = "summary.json";

    private final FileSystem fs;
    private final Path target;
    private final Path staging;

    OutputFolder(String out, Configuration conf) throws IOException, ArchiveException {
        this.target = new Path(out);
        this.fs = target.getFileSystem(conf);
        if (fs.exists(target)) {
            boolean empty = fs.getFileStatus(target).isDirectory() && fs.listStatus(target).length == 0;
            if (!empty && !fs.exists(new Path(target, SUMMARY))) {
                throw new ArchiveException("--out " + out + " exists and is not the output of an earlier archive job (no "
                        + SUMMARY + "); name a new folder or remove it first");
            }
        }
        Path parent = fs.makeQualified(target).getParent();
        this.staging = new Path(parent, "." + target.getName() + ".tmp-" + UUID.randomUUID());
    }

    Path staging() {
        return staging;
    }

    FileSystem fs() {
        return fs;
    }

    /** Moves the finished output into place: the old one aside first, then the new one in, then the old one away. */
    void commit() throws IOException {
        Path old = null;
        if (fs.exists(target)) {
            old = new Path(staging.getParent(), "." + target.getName() + ".old-" + UUID.randomUUID());
            if (!fs.rename(target, old)) {
                throw new IOException("cannot move the previous output " + target + " aside");
            }
        }
        if (!fs.rename(staging, target)) {
            if (old != null) {
                fs.rename(old, target);
            }
            throw new IOException("cannot move the new output into " + target);
        }
        if (old != null) {
            fs.delete(old, true);
        }
    }

    void abandon() {
        try {
            fs.delete(staging, true);
        } catch (IOException e) {
            // Nothing to do: a hidden staging folder is left behind.
        }
    }
}
