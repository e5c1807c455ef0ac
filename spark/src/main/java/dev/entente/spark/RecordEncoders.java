package dev.entente.spark;

import dev.entente.DossierRecord;
import java.io.Serializable;
import java.util.Objects;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.encoders.AgnosticEncoder;
import org.apache.spark.sql.catalyst.encoders.AgnosticEncoders;
import org.apache.spark.sql.catalyst.encoders.Codec;
import org.apache.spark.sql.catalyst.encoders.RowEncoder$;
import org.apache.spark.sql.types.StructType;
import scala.Function0;
import scala.reflect.ClassTag$;

/**
 * Spark encoders and schemas for Entente's records, so that a {@code Dataset<Conversation>} works
 * in typed transformations and its columns are the fields of the record's JSON: {@code
 * participants}, {@code when.start}, {@code place.country}. A record is stored as a row of its
 * {@linkplain #schema(Class) schema}, made from Entente's JSON Schema (an object a struct, an array
 * an array, identifiers a map of strings, times and enum words their JSON strings, coordinates
 * doubles, a claim's value its JSON text); turning a row back into a record reads it with Entente's
 * reader, every rule of the record checked.
 *
 * <pre>{@code
 * Dataset<Conversation> calls = spark.createDataset(list, RecordEncoders.of(Conversation.class));
 * calls.filter((FilterFunction<Conversation>) c -> c.participants().contains("putin"));
 * calls.select("id", "when.start", "place.country").show();
 * }</pre>
 */
public final class RecordEncoders {
  private RecordEncoders() {}

  /**
   * Returns the encoder of a record type.
   *
   * @param <T> the record type
   * @param type the record type, such as {@code Conversation.class}
   * @return the encoder, whose schema is {@link #schema(Class)}
   * @throws IllegalArgumentException if the type is not one of the model's record types
   */
  public static <T extends DossierRecord> Encoder<T> of(Class<T> type) {
    Objects.requireNonNull(type, "type");
    AgnosticEncoder<Row> rows = RowEncoder$.MODULE$.encoderFor(RecordSchemas.of(type));
    return new AgnosticEncoders.TransformingEncoder<>(
        ClassTag$.MODULE$.apply(type), rows, new CodecOf<>(type), false);
  }

  /**
   * Returns the Spark schema of a record type, which mirrors the record's JSON: the same field
   * names in the same nesting, each with its description as a comment. Arrays are never null, empty
   * when the record has no elements; an absent optional value is null.
   *
   * @param type the record type, such as {@code Conversation.class}
   * @return the schema
   * @throws IllegalArgumentException if the type is not one of the model's record types
   */
  public static StructType schema(Class<? extends DossierRecord> type) {
    return RecordSchemas.of(Objects.requireNonNull(type, "type"));
  }

  /**
   * Makes the codec where the encoder is used, on each executor.
   *
   * @param <T> the record type
   */
  private static final class CodecOf<T extends DossierRecord>
      implements Function0<Codec<? super T, Row>>, Serializable {
    private static final long serialVersionUID = 1L;

    private final Class<T> type;

    CodecOf(Class<T> type) {
      this.type = type;
    }

    @Override
    public Codec<? super T, Row> apply() {
      return new RecordRows<>(type);
    }
  }
}
