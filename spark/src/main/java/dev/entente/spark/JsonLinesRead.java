package dev.entente.spark;

import dev.entente.DossierRecord;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;

/**
 * JSON Lines read on Spark by {@link EntenteSpark#readLines}: every line is a record or an error,
 * none dropped. {@link #records()} and {@link #errors()} are two views of one read; each action on
 * either reads the files again, unless the read is {@linkplain #persist() persisted} first.
 *
 * @param <T> the record type
 */
public final class JsonLinesRead<T extends DossierRecord> {
  private final Class<T> type;
  private final Dataset<Row> lines;

  JsonLinesRead(Class<T> type, Dataset<Row> lines) {
    this.type = type;
    this.lines = lines;
  }

  /**
   * Returns the records of the lines that Entente's reader read.
   *
   * @return the records, typed, with the columns of {@link RecordEncoders#schema(Class)}
   */
  public Dataset<T> records() {
    return lines.filter("record IS NOT NULL").select("record.*").as(RecordEncoders.of(type));
  }

  /**
   * Returns the records, failing the job at the first line that is not one: for data that must be
   * whole. The failure's cause is an {@link InvalidLineException} that names the file and line.
   *
   * @return the records
   */
  public Dataset<T> recordsOrFail() {
    return lines
        .map((MapFunction<Row, Row>) JsonLinesRead::recordOrFail, lines.encoder())
        .select("record.*")
        .as(RecordEncoders.of(type));
  }

  /**
   * Returns the lines that Entente's reader refused, with where and why.
   *
   * @return one row for each refused line: {@code file} (string), {@code line} and {@code column}
   *     (integers from 1; the column 0 when the error has no place on the line), {@code kind} (the
   *     name of an {@code EntenteJsonException.Kind}, such as {@code MISSING_FIELD}), {@code path}
   *     (the field's JSON path, {@code $} for the line itself) and {@code message}
   */
  public Dataset<Row> errors() {
    return lines.filter("error IS NOT NULL").select("error.*");
  }

  /**
   * Returns every line read, in file and line order within each file: {@code file}, {@code line},
   * and {@code record} or {@code error}, the other null.
   *
   * @return the lines
   */
  public Dataset<Row> lines() {
    return lines;
  }

  /**
   * Keeps the lines read in memory and on disk once an action reads them, so that the records and
   * the errors come from one reading of the files.
   *
   * @return this read, persisted
   */
  public JsonLinesRead<T> persist() {
    lines.persist(StorageLevel.MEMORY_AND_DISK());
    return this;
  }

  private static Row recordOrFail(Row line) {
    if (line.isNullAt(line.fieldIndex("error"))) {
      return line;
    }
    Row error = line.getStruct(line.fieldIndex("error"));
    throw new InvalidLineException(
        error.getString(0),
        error.getInt(1),
        error.getInt(2),
        error.getString(3),
        error.getString(4),
        error.getString(5));
  }
}
