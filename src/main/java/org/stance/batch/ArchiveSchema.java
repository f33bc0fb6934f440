package org.stance.batch;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.stance.data.Label;

/** Column names and row types of the archive job's data sets (the contract in api.md, "Archive job"). */
public final class ArchiveSchema {

    public static final String ID = "id";
    public static final String REASON = "reason";
    public static final String SOURCE = "source";
    public static final String TEXT = "text";
    public static final String SENTENCES = "sentences";
    public static final String SPEAKER = "speaker";
    public static final String START = "start";
    public static final String END = "end";
    public static final String LABEL = "label";
    public static final String CONFIDENCE = "confidence";
    public static final String MODEL = "model";
    /** Names a metadata column may not take, since the outputs already use them. */
    public static final List<String> RESERVED;

    static {
        List<String> reserved = new ArrayList<>(List.of(ID, TEXT, REASON, SOURCE, SENTENCES, SPEAKER, START, END,
                LABEL, CONFIDENCE, MODEL));
        reserved.addAll(Label.ids());
        reserved.addAll(scoreColumns());
        RESERVED = List.copyOf(reserved);
    }

    private ArchiveSchema() {
    }

    public static List<String> scoreColumns() {
        return Label.ALL.stream().map(l -> "score_" + l.id()).toList();
    }

    /** Documents as read: source, id, UTF-8 bytes of the text, a rejection reason or null, then metadata. */
    public static StructType raw(List<String> meta) {
        StructType t = new StructType()
                .add(SOURCE, DataTypes.StringType)
                .add(ID, DataTypes.StringType)
                .add(TEXT, DataTypes.BinaryType)
                .add(REASON, DataTypes.StringType);
        for (String m : meta) {
            t = t.add(m, DataTypes.StringType);
        }
        return t;
    }

    /** One sentence of a document, as analysed. */
    public static StructType sentence() {
        StructType t = new StructType()
                .add(START, DataTypes.IntegerType, false)
                .add(END, DataTypes.IntegerType, false)
                .add(SPEAKER, DataTypes.StringType)
                .add(LABEL, DataTypes.StringType, false)
                .add(CONFIDENCE, DataTypes.DoubleType, false);
        for (String s : scoreColumns()) {
            t = t.add(s, DataTypes.DoubleType, false);
        }
        return t;
    }

    /** An analysed document: id, metadata, reason (null when classified), its sentences and label counts. */
    public static StructType analysed(List<String> meta) {
        List<StructField> fields = new ArrayList<>();
        fields.add(DataTypes.createStructField(ID, DataTypes.StringType, true));
        for (String m : meta) {
            fields.add(DataTypes.createStructField(m, DataTypes.StringType, true));
        }
        fields.add(DataTypes.createStructField(REASON, DataTypes.StringType, true));
        fields.add(DataTypes.createStructField(SENTENCES + "_", DataTypes.createArrayType(sentence(), false), true));
        fields.add(DataTypes.createStructField(SENTENCES, DataTypes.LongType, false));
        for (String l : Label.ids()) {
            fields.add(DataTypes.createStructField(l, DataTypes.LongType, false));
        }
        return DataTypes.createStructType(fields);
    }
}
