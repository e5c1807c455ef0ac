package dev.entente.spark;

import dev.entente.DossierRecord;
import dev.entente.io.EntenteJsonException;
import dev.entente.io.JsonLine;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.apache.spark.TaskContext;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.TaskCompletionListener;

/**
 * Reads one file of JSON Lines on an executor into rows of the file, the line, and either the
 * record's row or the error's row, streaming: the file is never held whole.
 *
 * @param <T> the record type
 */
final class FileLines<T extends DossierRecord> {
  /** The columns of an error, as {@link JsonLinesRead#errors()} has them. */
  static final StructType ERROR =
      DataTypes.createStructType(
          List.of(
              DataTypes.createStructField("file", DataTypes.StringType, false),
              DataTypes.createStructField("line", DataTypes.IntegerType, false),
              DataTypes.createStructField("column", DataTypes.IntegerType, false),
              DataTypes.createStructField("kind", DataTypes.StringType, false),
              DataTypes.createStructField("path", DataTypes.StringType, false),
              DataTypes.createStructField("message", DataTypes.StringType, false)));

  private final Class<T> type;
  private final RecordRows<T> rows;

  FileLines(Class<T> type) {
    this.type = type;
    this.rows = new RecordRows<>(type);
  }

  /** One row a line: its file and number, and the record or the error, one of them null. */
  static StructType schema(Class<? extends DossierRecord> type) {
    return DataTypes.createStructType(
        List.of(
            DataTypes.createStructField("file", DataTypes.StringType, false),
            DataTypes.createStructField("line", DataTypes.IntegerType, false),
            new StructField("record", RecordSchemas.of(type), true, Metadata.empty()),
            new StructField("error", ERROR, true, Metadata.empty())));
  }

  Iterator<Row> read(String file, PortableDataStream data) throws IOException {
    InputStream in = data.open();
    InputStream lines = file.endsWith(".gz") ? new GZIPInputStream(in) : in;
    // Closed when the task ends, as Spark's own readers close their files.
    TaskContext task = TaskContext.get();
    if (task != null) {
      task.addTaskCompletionListener((TaskCompletionListener) done -> close(lines));
    }
    return RecordRows.Json.ENTENTE
        .readLinesOrErrors(lines, type)
        .map(line -> row(file, line))
        .iterator();
  }

  private Row row(String file, JsonLine<T> line) {
    if (line.isRecord()) {
      return RowFactory.create(file, line.number(), rows.encode(line.record().orElseThrow()), null);
    }
    EntenteJsonException error = line.error().orElseThrow();
    return RowFactory.create(
        file,
        line.number(),
        null,
        RowFactory.create(
            file,
            line.number(),
            error.column(),
            error.kind().name(),
            error.path(),
            error.reason()));
  }

  private static void close(InputStream in) {
    try {
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
