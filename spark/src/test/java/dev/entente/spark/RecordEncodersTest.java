package dev.entente.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.entente.Conversation;
import dev.entente.DossierRecord;
import dev.entente.RecordKind;
import dev.entente.io.EntenteJson;
import dev.entente.testing.DossierGenerator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import scala.jdk.javaapi.CollectionConverters;
import tools.jackson.databind.json.JsonMapper;

class RecordEncodersTest {
  private static final SparkSession SPARK = LocalSpark.session();
  private static final EntenteJson JSON = EntenteJson.defaults();
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  @ParameterizedTest
  @EnumSource(RecordKind.class)
  void everyRecordOfEveryKindComesBackEqualFromADataset(RecordKind kind) {
    roundTrips(kind.type());
  }

  @ParameterizedTest
  @EnumSource(RecordKind.class)
  void aRecordsRowIsTheRowSparksOwnJsonReaderMakesOfItsJsonWithTheSchema(RecordKind kind) {
    check(kind.type());
  }

  @Test
  void columnsAreTheFieldsOfTheJsonAndWorkInSql() {
    List<Conversation> calls = DossierGenerator.withSeed(3).size(200).records(Conversation.class);
    Dataset<Conversation> dataset =
        SPARK.createDataset(calls, RecordEncoders.of(Conversation.class));

    List<Row> rows =
        dataset
            .selectExpr("id", "when.start", "size(participants)", "place.country")
            .collectAsList();

    assertThat(rows)
        .extracting(row -> row.getString(0), row -> row.getString(1), row -> row.getInt(2))
        .containsExactlyElementsOf(
            calls.stream()
                .map(c -> tuple(c.id(), c.when().start().toString(), c.participants().size()))
                .toList());
    assertThat(rows)
        .extracting(row -> row.isNullAt(3) ? null : row.getString(3))
        .containsExactlyElementsOf(
            calls.stream()
                .map(c -> c.place().flatMap(p -> p.country()).map(Object::toString).orElse(null))
                .toList());
  }

  @Test
  void typedTransformationsSeeRecords() {
    List<Conversation> calls = DossierGenerator.withSeed(4).size(200).records(Conversation.class);
    String someone = calls.get(0).participants().get(0);
    Dataset<Conversation> dataset =
        SPARK.createDataset(calls, RecordEncoders.of(Conversation.class));

    List<String> ids =
        dataset
            .filter((FilterFunction<Conversation>) c -> c.participants().contains(someone))
            .map((MapFunction<Conversation, String>) Conversation::id, Encoders.STRING())
            .collectAsList();

    assertThat(ids)
        .isNotEmpty()
        .containsExactlyElementsOf(
            calls.stream()
                .filter(c -> c.participants().contains(someone))
                .map(Conversation::id)
                .toList());
  }

  @Test
  void theSchemaCarriesTheDescriptionsOfTheJsonSchema() {
    StructType schema = RecordEncoders.schema(Conversation.class);

    assertThat(schema.fieldNames()).startsWith("id", "mode", "participants", "initiator", "when");
    assertThat(schema.apply("participants").nullable()).isFalse();
    assertThat(schema.apply("initiator").nullable()).isTrue();
    assertThat(schema.apply("id").getComment().isDefined()).isTrue();
    StructType claim = (StructType) ((ArrayType) schema.apply("claims").dataType()).elementType();
    assertThat(RecordSchemas.holdsJsonText(claim.apply("value"))).isTrue();
  }

  @Test
  void onlyTheModelsRecordTypesHaveEncoders() {
    assertThatThrownBy(() -> RecordEncoders.of(DossierRecord.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not a record type");
  }

  private static <T extends DossierRecord> void check(Class<T> type) {
    List<T> records = generated(type);
    Dataset<Row> ours = SPARK.createDataset(records, RecordEncoders.of(type)).toDF();
    Dataset<String> lines =
        SPARK.createDataset(records.stream().map(JSON::writeString).toList(), Encoders.STRING());
    Dataset<Row> sparks =
        SPARK.read().schema(RecordEncoders.schema(type)).option("mode", "FAILFAST").json(lines);
    StructType schema = RecordEncoders.schema(type);

    assertThat(plain(sparks.collectAsList(), schema))
        .isEqualTo(plain(ours.collectAsList(), schema));
  }

  private static <T extends DossierRecord> List<T> generated(Class<T> type) {
    List<T> records = new ArrayList<>();
    for (long seed = 1; seed <= 5; seed++) {
      records.addAll(DossierGenerator.withSeed(seed).size(120).records(type));
    }
    return records;
  }

  private static <T extends DossierRecord> void roundTrips(Class<T> type) {
    List<T> records = generated(type);

    List<T> back = SPARK.createDataset(records, RecordEncoders.of(type)).collectAsList();

    assertThat(back).isNotEmpty().containsExactlyElementsOf(records);
  }

  /**
   * Rows as plain Java values, an absent array as an empty one, as Spark's reader leaves it null.
   */
  private static List<Object> plain(List<Row> rows, StructType schema) {
    return rows.stream().map(row -> plain(row, schema)).toList();
  }

  private static Object plain(Row row, StructType schema) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (StructField field : schema.fields()) {
      int i = schema.fieldIndex(field.name());
      values.put(field.name(), plain(row.isNullAt(i) ? null : row.get(i), field));
    }
    return values;
  }

  private static Object plain(Object value, StructField field) {
    if (field.dataType() instanceof ArrayType array) {
      List<Object> elements = new ArrayList<>();
      if (value != null) {
        for (Object element : CollectionConverters.asJava((scala.collection.Seq<?>) value)) {
          elements.add(
              plain(
                  element,
                  new StructField("element", array.elementType(), true, field.metadata())));
        }
      }
      return elements;
    }
    if (value == null) {
      return "null";
    }
    if (field.dataType() instanceof StructType struct) {
      return plain((Row) value, struct);
    }
    if (field.dataType() instanceof MapType) {
      return new LinkedHashMap<>(CollectionConverters.asJava((scala.collection.Map<?, ?>) value));
    }
    // Spark's reader keeps a JSON string's characters, where a row of ours keeps its JSON text.
    if (RecordSchemas.holdsJsonText(field) && ((String) value).startsWith("\"")) {
      return MAPPER.readTree((String) value).asString();
    }
    return value;
  }
}
