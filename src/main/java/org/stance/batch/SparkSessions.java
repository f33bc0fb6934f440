package org.stance.batch;

import org.apache.spark.sql.SparkSession;

/** The Spark session the archive command runs in. */
public final class SparkSessions {

    private SparkSessions() {
    }

    /**
     * A session on {@code master} ({@code local[*]} runs it in this JVM). Under spark-submit the
     * master and settings come from the submit line and an explicit master is left out.
     */
    public static SparkSession start(String master, boolean ui) {
        // Netty (Spark's RPC and shuffle) reaches direct buffers by reflection on Java 17.
        System.setProperty("io.netty.tryReflectionSetAccessible", "true");
        SparkSession.Builder b = SparkSession.builder().appName("stance archive")
                .config("spark.ui.enabled", ui)
                .config("spark.ui.showConsoleProgress", false)
                .config("spark.sql.adaptive.enabled", true);
        if (master != null) {
            b = b.master(master);
            if (master.startsWith("local")) {
                // One machine: a few shuffle partitions per core, not Spark's 200 meant for clusters.
                b = b.config("spark.sql.shuffle.partitions", 4 * Runtime.getRuntime().availableProcessors());
            }
        }
        SparkSession spark = b.getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        return spark;
    }
}
