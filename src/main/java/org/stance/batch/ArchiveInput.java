package org.stance.batch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.stance.batch.DocumentParser.Format;

/**
 * The files of an archive, by format: a single file, a folder (read recursively; names starting
 * with '.' or '_' are skipped, as Spark does) or a glob, on any file system Hadoop can read.
 */
public record ArchiveInput(Map<Format, List<String>> files, List<String> emptyFiles) {

    public static ArchiveInput find(String in, Configuration conf) throws IOException, ArchiveException {
        Path pattern = new Path(in);
        FileSystem fs = pattern.getFileSystem(conf);
        FileStatus[] matched = fs.globStatus(pattern);
        if (matched == null || matched.length == 0) {
            throw new ArchiveException("--in " + in + ": no such file, folder or matching files; give a file, a folder or a glob such as 'archive/*.jsonl'");
        }
        Map<Format, List<String>> files = new EnumMap<>(Format.class);
        List<String> unknown = new ArrayList<>();
        List<String> empty = new ArrayList<>();
        for (FileStatus s : matched) {
            collect(fs, s, files, unknown, empty);
        }
        if (files.isEmpty() && empty.isEmpty()) {
            throw new ArchiveException("--in " + in + ": no .jsonl, .json, .csv, .parquet or .txt files"
                    + (unknown.isEmpty() ? "" : " (found " + unknown.get(0) + (unknown.size() > 1 ? " and " + (unknown.size() - 1) + " more" : "") + ")"));
        }
        files.values().forEach(l -> l.sort(null));
        empty.sort(null);
        return new ArchiveInput(files, empty);
    }

    private static void collect(FileSystem fs, FileStatus s, Map<Format, List<String>> files, List<String> unknown,
                                List<String> empty) throws IOException {
        String name = s.getPath().getName();
        if (name.startsWith(".") || name.startsWith("_")) {
            return;
        }
        if (s.isDirectory()) {
            for (FileStatus child : fs.listStatus(s.getPath())) {
                collect(fs, child, files, unknown, empty);
            }
            return;
        }
        Format f = Format.of(name);
        if (f == null) {
            unknown.add(s.getPath().toString());
        } else if (s.getLen() == 0) {
            // Spark's file sources skip empty files; they are reported here instead.
            empty.add(s.getPath().toString());
        } else {
            files.computeIfAbsent(f, k -> new ArrayList<>()).add(s.getPath().toString());
        }
    }

    public List<String> binaryFiles() {
        List<String> out = new ArrayList<>();
        files.forEach((f, list) -> {
            if (f != Format.PARQUET) {
                out.addAll(list);
            }
        });
        return out;
    }

    public List<String> parquetFiles() {
        return files.getOrDefault(Format.PARQUET, List.of());
    }

    public int count() {
        return files.values().stream().mapToInt(List::size).sum();
    }
}
