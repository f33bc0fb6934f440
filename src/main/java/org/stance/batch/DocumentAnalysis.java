package org.stance.batch;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.util.LongAccumulator;
import org.stance.analysis.AnalyzedSentence;
import org.stance.analysis.ArticleAnalysis;
import org.stance.analysis.ArticleAnalyzer;
import org.stance.data.Label;
import org.stance.model.Prediction;
import org.stance.model.StanceModel;

/**
 * Analyses the documents of one partition with the shared article pipeline. Input rows follow
 * {@link ArchiveSchema#raw}, output rows {@link ArchiveSchema#analysed}. A document that cannot be
 * read or analysed leaves with a reason instead of sentences; nothing here fails the task.
 */
public final class DocumentAnalysis implements MapPartitionsFunction<Row, Row> {

    /** The article limit of {@code /v1/analyze}, in UTF-16 characters as there. */
    public static final int MAX_CHARS = 200_000;

    private final Broadcast<ModelFiles> model;
    private final int metaColumns;
    private final LongAccumulator documentsDone;
    private final LongAccumulator sentencesDone;

    public DocumentAnalysis(Broadcast<ModelFiles> model, int metaColumns, LongAccumulator documentsDone,
                            LongAccumulator sentencesDone) {
        this.model = model;
        this.metaColumns = metaColumns;
        this.documentsDone = documentsDone;
        this.sentencesDone = sentencesDone;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
        StanceModel m = ExecutorModels.get(model.value());
        ArticleAnalyzer analyzer = new ArticleAnalyzer();
        List<Row> out = new ArrayList<>();
        while (rows.hasNext()) {
            out.add(analyse(rows.next(), m, analyzer));
            documentsDone.add(1);
        }
        return out.iterator();
    }

    private Row analyse(Row in, StanceModel m, ArticleAnalyzer analyzer) {
        String reason = in.getString(3);
        String text = null;
        if (reason == null) {
            byte[] bytes = (byte[]) in.get(2);
            text = bytes == null ? null : DocumentParser.decodeStrict(bytes);
            reason = check(bytes, text);
        }
        if (reason == null) {
            try {
                ArticleAnalysis a = analyzer.analyze(text, m, false);
                sentencesDone.add(a.sentences().size());
                return row(in, null, a);
            } catch (RuntimeException e) {
                reason = "analysis failed: " + e;
            }
        }
        return row(in, reason, null);
    }

    static String check(byte[] bytes, String text) {
        if (bytes == null) {
            return "no text";
        }
        if (text == null) {
            return "not valid UTF-8; save the document as UTF-8";
        }
        if (text.isBlank()) {
            return "empty text";
        }
        if (text.length() > MAX_CHARS) {
            return String.format(java.util.Locale.ROOT, "over %,d characters (%,d); split it into several documents",
                    MAX_CHARS, text.length());
        }
        return null;
    }

    private Row row(Row in, String reason, ArticleAnalysis a) {
        Object[] v = new Object[1 + metaColumns + 3 + Label.ALL.size()];
        int k = 0;
        v[k++] = in.getString(1);
        for (int i = 0; i < metaColumns; i++) {
            v[k++] = in.get(4 + i);
        }
        v[k++] = reason;
        List<Row> sentences = new ArrayList<>();
        long[] counts = new long[Label.ALL.size()];
        if (a != null) {
            for (AnalyzedSentence s : a.sentences()) {
                sentences.add(sentence(s));
                counts[s.prediction().label().ordinal()]++;
            }
        }
        v[k++] = scala.jdk.javaapi.CollectionConverters.asScala(sentences).toSeq();
        v[k++] = (long) sentences.size();
        for (long c : counts) {
            v[k++] = c;
        }
        return RowFactory.create(v);
    }

    private static Row sentence(AnalyzedSentence s) {
        Prediction p = s.prediction();
        Object[] v = new Object[5 + Label.ALL.size()];
        v[0] = s.start();
        v[1] = s.end();
        v[2] = s.speaker();
        v[3] = p.label().id();
        v[4] = p.confidence();
        for (Label l : Label.ALL) {
            v[5 + l.ordinal()] = p.score(l);
        }
        return RowFactory.create(v);
    }
}
