package org.stance.cli;

import com.opencsv.CSVWriter;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.stance.model.PredictionColumns;
import org.stance.model.StanceModel;

/**
 * A bounded pipeline: rows are gathered into batches, each batch is labelled on a pool of one
 * thread per core with {@link StanceModel#predictAll}, and batches are written in input order.
 * At most two batches per thread are held, so memory stays flat however long the input; time is
 * linear in the rows.
 */
final class BatchClassifier implements AutoCloseable {

    /** The last output column: empty, or why a row got no label. */
    static final String ERROR_COLUMN = "error";
    static final String EMPTY_TEXT = "empty_text";

    private record Item(String[] cells, String text) {
    }

    private final StanceModel model;
    private final CSVWriter out;
    private final int batchSize;
    private final int maxInFlight;
    private final ExecutorService pool;
    private final ArrayDeque<Future<List<String[]>>> inFlight = new ArrayDeque<>();
    private List<Item> batch = new ArrayList<>();
    private long rows;

    BatchClassifier(StanceModel model, CSVWriter out, int batchSize, int threads) {
        this.model = model;
        this.out = out;
        this.batchSize = batchSize;
        this.maxInFlight = 2 * threads;
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "classify");
            t.setDaemon(true);
            return t;
        });
    }

    static String[] header(List<String> inputHeader) {
        List<String> all = new ArrayList<>(inputHeader);
        all.addAll(PredictionColumns.HEADER);
        all.add(ERROR_COLUMN);
        return all.toArray(String[]::new);
    }

    /** Queues one row; {@code text} blank gives a row with no label and {@value #EMPTY_TEXT}. */
    void add(String[] cells, String text) throws IOException {
        batch.add(new Item(cells, text));
        if (batch.size() >= batchSize) {
            submit();
        }
    }

    /** Writes every queued row; returns how many rows were written in all. */
    long finish() throws IOException {
        submit();
        while (!inFlight.isEmpty()) {
            writeOldest();
        }
        out.flush();
        return rows;
    }

    private void submit() throws IOException {
        if (batch.isEmpty()) {
            return;
        }
        List<Item> items = batch;
        batch = new ArrayList<>(batchSize);
        inFlight.add(pool.submit(() -> label(items)));
        while (inFlight.size() > maxInFlight) {
            writeOldest();
        }
    }

    private void writeOldest() throws IOException {
        List<String[]> done;
        try {
            done = inFlight.removeFirst().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
        for (String[] row : done) {
            out.writeNext(row, false);
        }
        rows += done.size();
        out.flush();
    }

    private List<String[]> label(List<Item> items) {
        List<String> texts = new ArrayList<>(items.size());
        for (Item item : items) {
            if (!item.text().isBlank()) {
                texts.add(item.text());
            }
        }
        var predictions = model.predictAll(texts).iterator();
        int extra = PredictionColumns.HEADER.size() + 1;
        List<String[]> out = new ArrayList<>(items.size());
        for (Item item : items) {
            String[] row = Arrays.copyOf(item.cells(), item.cells().length + extra);
            if (item.text().isBlank()) {
                Arrays.fill(row, item.cells().length, row.length - 1, "");
                row[row.length - 1] = EMPTY_TEXT;
            } else {
                String[] columns = PredictionColumns.of(predictions.next());
                System.arraycopy(columns, 0, row, item.cells().length, columns.length);
                row[row.length - 1] = "";
            }
            out.add(row);
        }
        return out;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
