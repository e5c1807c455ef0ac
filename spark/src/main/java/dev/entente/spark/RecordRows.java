package dev.entente.spark;

import dev.entente.DossierRecord;
import dev.entente.io.EntenteJson;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.encoders.Codec;

/**
 * Turns records into rows of their kind's schema and back, through Entente's JSON: a record is
 * written by Entente's writer and its JSON streamed into a row; a row is streamed into JSON and
 * read by Entente's reader, with every rule of the record checked.
 *
 * @param <T> the record type
 */
final class RecordRows<T extends DossierRecord> implements Codec<T, Row> {
  private static final long serialVersionUID = 1L;

  private final Class<T> type;

  RecordRows(Class<T> type) {
    this.type = type;
  }

  @Override
  public Row encode(T record) {
    return RowJson.toRow(Json.ENTENTE.writeBytes(record), RecordSchemas.shapeOf(type));
  }

  @Override
  public T decode(Row row) {
    return Json.ENTENTE.read(RowJson.toJson(row, RecordSchemas.shapeOf(type)), type);
  }

  /** Entente's reader and writer with their defaults, made once in each JVM. */
  static final class Json {
    static final EntenteJson ENTENTE = EntenteJson.defaults();

    private Json() {}
  }
}
