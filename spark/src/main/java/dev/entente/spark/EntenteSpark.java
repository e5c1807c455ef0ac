package dev.entente.spark;

import dev.entente.DossierRecord;
import java.util.Objects;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Entente's JSON Lines on Apache Spark: read with Entente's own reader, every rule of every record
 * checked, into a typed, queryable {@link Dataset}, each line that fails kept with where and why;
 * written back as the same bytes Entente's writer writes.
 *
 * <pre>{@code
 * EntenteSpark entente = EntenteSpark.of(spark);
 * JsonLinesRead<Conversation> read = entente.readLines(Conversation.class, "s3://bucket/calls/");
 * Dataset<Conversation> calls = read.records();
 * read.errors().show();  // file, line, column, kind, path, message
 * EntenteSpark.toJsonLines(calls).write().text("s3://bucket/checked-calls/");
 * }</pre>
 */
public final class EntenteSpark {
  private final SparkSession spark;

  private EntenteSpark(SparkSession spark) {
    this.spark = spark;
  }

  /**
   * Returns Entente on a Spark session.
   *
   * @param spark the session
   * @return Entente on it
   */
  public static EntenteSpark of(SparkSession spark) {
    return new EntenteSpark(Objects.requireNonNull(spark, "spark"));
  }

  /**
   * Reads records of one kind from JSON Lines files, each line read by Entente's reader with all
   * its rules and its default settings, unknown fields refused (see {@code
   * EntenteJson.readLinesOrErrors}). Nothing is read until an action runs on the result; each
   * action reads the files again, unless the read is {@linkplain JsonLinesRead#persist()
   * persisted}.
   *
   * <p>A path is a file, a directory whose files are read (but those whose names begin with {@code
   * _} or {@code .}, such as {@code _SUCCESS}), or a glob, on any file system Spark's Hadoop
   * configuration reaches; a name ending in {@code .gz} is read through gzip. Each file is read
   * whole by one task, so that every line keeps its number: a data set split into many files, as
   * Spark writes one, is read in parallel.
   *
   * @param <T> the record type
   * @param type the record type, such as {@code Conversation.class}
   * @param paths the files, directories or globs, separated by commas if several
   * @return the lines read: records and errors
   * @throws IllegalArgumentException if the type is not one of the model's record types
   */
  public <T extends DossierRecord> JsonLinesRead<T> readLines(Class<T> type, String paths) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(paths, "paths");
    JavaRDD<Row> lines =
        JavaSparkContext.fromSparkContext(spark.sparkContext())
            .binaryFiles(paths)
            .flatMap(file -> new FileLines<>(type).read(file._1(), file._2()));
    Dataset<Row> read = spark.createDataFrame(lines, FileLines.schema(type));
    return new JsonLinesRead<>(type, read);
  }

  /**
   * Returns records as JSON Lines, one line for each record, the same bytes as Entente's {@code
   * JsonLinesWriter} writes for it: write them with {@code .write().text(path)}.
   *
   * @param <T> the record type
   * @param records the records
   * @return each record's line of JSON, without the newline that a text writer adds
   */
  public static <T extends DossierRecord> Dataset<String> toJsonLines(Dataset<T> records) {
    return records.map(
        (MapFunction<T, String>) record -> RecordRows.Json.ENTENTE.writeString(record),
        Encoders.STRING());
  }
}
