package org.stance.batch;

import java.io.PrintStream;
import java.util.Locale;
import org.apache.spark.util.LongAccumulator;

/**
 * Prints documents done of all, sentences/s and an estimate of the time left while the analysis
 * runs. Accumulators reach the driver as tasks finish, so the figures move one partition at a time.
 */
final class Progress implements AutoCloseable {

    private final Thread thread;
    private final PrintStream out;
    private final long total;
    private final LongAccumulator documents;
    private final LongAccumulator sentences;
    private final long startNanos = System.nanoTime();

    Progress(PrintStream out, long total, LongAccumulator documents, LongAccumulator sentences, long everyMillis) {
        this.out = out;
        this.total = total;
        this.documents = documents;
        this.sentences = sentences;
        this.thread = new Thread(() -> {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    Thread.sleep(everyMillis);
                    out.println(line());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "archive-progress");
        thread.setDaemon(true);
        thread.start();
    }

    String line() {
        long done = documents.value();
        double seconds = Math.max(1e-3, (System.nanoTime() - startNanos) / 1e9);
        double rate = sentences.value() / seconds;
        String eta = done == 0 ? "?" : clock(seconds * (total - done) / done);
        return String.format(Locale.ROOT, "archive: %,d of %,d documents (%.0f%%), %,d sentences, %,.0f sentences/s, ETA %s",
                done, total, total == 0 ? 100.0 : 100.0 * done / total, sentences.value(), rate, eta);
    }

    private static String clock(double seconds) {
        long s = Math.round(seconds);
        return String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
    }

    @Override
    public void close() {
        thread.interrupt();
        try {
            thread.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        out.println(line());
    }
}
