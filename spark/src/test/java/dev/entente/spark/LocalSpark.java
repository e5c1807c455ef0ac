package dev.entente.spark;

import org.apache.spark.sql.SparkSession;

/**
 * The local Spark session the tests share: two worker threads, the engine a cluster runs, started
 * once for every test class of the run and stopped when the JVM ends.
 */
final class LocalSpark {
  private static final SparkSession SESSION =
      SparkSession.builder()
          .master("local[2]")
          .appName("entente-spark-tests")
          .config("spark.ui.enabled", "false")
          // Small data: a few shuffle partitions, not the cluster default of 200.
          .config("spark.sql.shuffle.partitions", "4")
          .config("spark.default.parallelism", "2")
          .getOrCreate();

  private LocalSpark() {}

  static SparkSession session() {
    return SESSION;
  }
}
