package dev.entente.spark;

import dev.entente.DossierRecord;
import dev.entente.RecordKind;
import dev.entente.io.EntenteJson;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.MetadataBuilder;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Spark schema of each kind of record, made from Entente's JSON Schema so that a row has the
 * fields, names and nesting of the record's JSON: an object with properties is a struct in their
 * order, an array an array, an object of texts by name a map, a string, time or enum word a string,
 * a number a double. A value that may have any form, a claim's value, is its JSON text, marked
 * {@value #JSON_TEXT} in the field's metadata. Each field carries the schema's description as its
 * comment. Arrays are never null, empty when the JSON leaves them out; a struct or map that the
 * JSON leaves out is null.
 */
final class RecordSchemas {
  /** The metadata key of a string field that holds a value's JSON text. */
  static final String JSON_TEXT = "entente.jsonText";

  private static final Map<RecordKind, StructType> SCHEMAS = make();
  private static final Map<RecordKind, RowJson.Shape> SHAPES = shapes();

  private RecordSchemas() {}

  static StructType of(Class<? extends DossierRecord> type) {
    return Objects.requireNonNull(SCHEMAS.get(kindOf(type)));
  }

  static RowJson.Shape shapeOf(Class<? extends DossierRecord> type) {
    return Objects.requireNonNull(SHAPES.get(kindOf(type)));
  }

  static RecordKind kindOf(Class<? extends DossierRecord> type) {
    for (RecordKind kind : RecordKind.values()) {
      if (kind.type().equals(type)) {
        return kind;
      }
    }
    throw new IllegalArgumentException(
        type.getName() + " is not a record type: use one of " + List.of(RecordKind.values()));
  }

  /** Whether a field holds a value's JSON text. */
  static boolean holdsJsonText(StructField field) {
    return field.metadata().contains(JSON_TEXT) && field.metadata().getBoolean(JSON_TEXT);
  }

  private static Map<RecordKind, RowJson.Shape> shapes() {
    Map<RecordKind, RowJson.Shape> shapes = new EnumMap<>(RecordKind.class);
    SCHEMAS.forEach((kind, schema) -> shapes.put(kind, RowJson.Shape.of(schema)));
    return shapes;
  }

  private static Map<RecordKind, StructType> make() {
    JsonNode schema =
        JsonMapper.builder(RowJson.FACTORY).build().readTree(EntenteJson.dossierSchema());
    JsonNode definitions = schema.required("$defs");
    Map<RecordKind, StructType> schemas = new EnumMap<>(RecordKind.class);
    for (RecordKind kind : RecordKind.values()) {
      JsonNode items = schema.required("properties").required(kind.plural()).required("items");
      schemas.put(kind, (StructType) new Translation(definitions).type(items, new HashSet<>()));
    }
    return schemas;
  }

  /** One JSON Schema node after another into Spark types, following references. */
  private static final class Translation {
    private final JsonNode definitions;

    Translation(JsonNode definitions) {
      this.definitions = definitions;
    }

    DataType type(JsonNode node, Set<String> following) {
      if (node.has("$ref")) {
        String name = node.get("$ref").asString().substring("#/$defs/".length());
        if (!following.add(name)) {
          throw new IllegalStateException("the JSON Schema's $defs/" + name + " holds itself");
        }
        DataType type = type(definitions.required(name), following);
        following.remove(name);
        return type;
      }
      if (node.has("enum")) {
        return DataTypes.StringType;
      }
      String type = node.path("type").asString("");
      return switch (type) {
        case "string" -> DataTypes.StringType;
        case "number" -> DataTypes.DoubleType;
        case "array" -> DataTypes.createArrayType(type(node.required("items"), following), false);
        case "object" ->
            node.has("properties")
                ? struct(node, following)
                : DataTypes.createMapType(
                    DataTypes.StringType,
                    type(node.required("additionalProperties"), following),
                    false);
        default ->
            throw new IllegalStateException("no Spark type for the JSON Schema node " + node);
      };
    }

    private StructType struct(JsonNode object, Set<String> following) {
      Set<String> required = new HashSet<>();
      object.path("required").forEach(name -> required.add(name.asString()));
      List<StructField> fields = new ArrayList<>();
      for (Map.Entry<String, JsonNode> property : object.required("properties").properties()) {
        JsonNode node = property.getValue();
        boolean anyForm = !node.has("$ref") && !node.has("type") && !node.has("enum");
        DataType type = anyForm ? DataTypes.StringType : type(node, following);
        Metadata metadata =
            anyForm ? new MetadataBuilder().putBoolean(JSON_TEXT, true).build() : Metadata.empty();
        boolean nullable = !required.contains(property.getKey()) && !(type instanceof ArrayType);
        StructField field = new StructField(property.getKey(), type, nullable, metadata);
        String description = description(node);
        fields.add(description.isEmpty() ? field : field.withComment(description));
      }
      return DataTypes.createStructType(fields);
    }

    private String description(JsonNode node) {
      if (node.has("description")) {
        return node.get("description").asString();
      }
      if (node.has("$ref")) {
        String name = node.get("$ref").asString().substring("#/$defs/".length());
        return definitions.required(name).path("description").asString("");
      }
      return "";
    }
  }
}
