package org.stance.serve;

import com.opencsv.CSVWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import org.stance.data.Label;

/**
 * Analysts' corrections, appended to {@code feedback.csv} (header text,label,source: the training
 * format) and forced to disk before {@link #append} returns. Each record is one line, so a crash
 * mid-write can leave at most a partial last line, which opening the store cuts off.
 */
final class FeedbackStore implements AutoCloseable {

    static final String FILE = "feedback.csv";
    private final FileChannel channel;
    private final Path file;

    FeedbackStore(Path dir) throws IOException {
        Files.createDirectories(dir);
        this.file = dir.resolve(FILE);
        this.channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        dropTornTail();
        if (channel.size() == 0) {
            write(line(new String[]{"text", "label", "source"}));
        }
    }

    Path file() {
        return file;
    }

    synchronized void append(String text, Label label, String note) throws IOException {
        String source = "feedback " + Instant.now() + (note == null || note.isBlank() ? "" : ": " + note);
        write(line(new String[]{oneLine(text), label.id(), oneLine(source)}));
    }

    private void write(String record) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(record.getBytes(StandardCharsets.UTF_8));
        channel.position(channel.size());
        while (bytes.hasRemaining()) {
            channel.write(bytes);
        }
        channel.force(true);
    }

    private void dropTornTail() throws IOException {
        long size = channel.size();
        if (size == 0) {
            return;
        }
        ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(size, 1 << 20));
        long pos = Math.max(0, size - buffer.capacity());
        channel.read(buffer, pos);
        buffer.flip();
        int lastNewline = -1;
        for (int i = buffer.limit() - 1; i >= 0; i--) {
            if (buffer.get(i) == '\n') {
                lastNewline = i;
                break;
            }
        }
        long keep = lastNewline < 0 ? 0 : pos + lastNewline + 1;
        if (keep < size) {
            channel.truncate(keep);
            channel.force(true);
        }
    }

    private static String oneLine(String s) {
        return s.replaceAll("[\\r\\n\\u2028\\u2029]+", " ").strip();
    }

    private static String line(String[] fields) {
        StringWriter out = new StringWriter();
        try (CSVWriter writer = new CSVWriter(out, ',', '"', '"', "\n")) {
            writer.writeNext(fields, false);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    @Override
    public synchronized void close() throws IOException {
        channel.close();
    }
}
