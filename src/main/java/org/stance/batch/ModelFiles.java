package org.stance.batch;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The model folder's files as bytes, broadcast to the executors so that no executor needs to see
 * the driver's disk. {@code key} names the content (the folder's path and its manifest), so one
 * executor JVM loads each model once however many tasks and jobs use it.
 */
public record ModelFiles(String key, Map<String, byte[]> files) implements Serializable {

    public static ModelFiles read(Path dir) {
        Map<String, byte[]> files = new TreeMap<>();
        if (Files.isDirectory(dir)) {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                    files.put(dir.relativize(p).toString(), Files.readAllBytes(p));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(dir + ": cannot read the model folder: " + e.getMessage(), e);
            }
        }
        byte[] manifest = files.getOrDefault("manifest.json", new byte[0]);
        return new ModelFiles(dir.toAbsolutePath().normalize() + "#" + java.util.Arrays.hashCode(manifest), files);
    }

    /** Writes the files into an empty folder, for {@code ModelArtifact.load}. */
    void writeTo(Path dir) throws IOException {
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            Path target = dir.resolve(f.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, f.getValue());
        }
    }
}
