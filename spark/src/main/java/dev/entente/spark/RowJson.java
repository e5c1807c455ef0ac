package dev.entente.spark;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;
import scala.jdk.javaapi.CollectionConverters;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.core.json.JsonWriteFeature;

/**
 * Streams a record's JSON into a row of its {@linkplain RecordSchemas schema}, and a row back into
 * JSON, field by field. The JSON is Entente's own, already checked or checked next by Entente's
 * reader: this class only moves values between the two shapes, and fails on a shape it does not
 * expect.
 */
final class RowJson {
  /** Every feature that shapes what is read or written set, none left to Jackson's defaults. */
  static final JsonFactory FACTORY = factory();

  private static final scala.collection.Seq<Object> NO_ELEMENTS =
      CollectionConverters.asScala(List.of());

  private RowJson() {}

  static Row toRow(byte[] json, Shape shape) {
    try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), json)) {
      parser.nextToken();
      return readStruct(parser, shape);
    }
  }

  static byte[] toJson(Row row, Shape shape) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(512);
    try (JsonGenerator generator = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
      write(generator, row, shape);
    }
    return out.toByteArray();
  }

  /**
   * What a Spark type asks of a value, worked out once for a schema rather than for every value:
   * its form, and for a struct its fields by name.
   */
  static final class Shape {
    enum Form {
      STRUCT,
      ARRAY,
      MAP,
      DOUBLE,
      STRING,
      JSON_TEXT
    }

    final Form form;
    final String[] names;
    final Shape[] children;
    final Map<String, Integer> index;

    private Shape(Form form, String[] names, Shape[] children) {
      this.form = form;
      this.names = names;
      this.children = children;
      this.index = new HashMap<>();
      for (int i = 0; i < names.length; i++) {
        index.put(names[i], i);
      }
    }

    static Shape of(StructType struct) {
      StructField[] fields = struct.fields();
      Shape[] children = new Shape[fields.length];
      for (int i = 0; i < fields.length; i++) {
        children[i] =
            RecordSchemas.holdsJsonText(fields[i])
                ? leaf(Form.JSON_TEXT)
                : of(fields[i].dataType());
      }
      return new Shape(Form.STRUCT, struct.fieldNames(), children);
    }

    private static Shape of(DataType type) {
      if (type instanceof StructType struct) {
        return of(struct);
      }
      if (type instanceof ArrayType array) {
        return new Shape(Form.ARRAY, new String[0], new Shape[] {of(array.elementType())});
      }
      if (type instanceof MapType map) {
        return new Shape(Form.MAP, new String[0], new Shape[] {of(map.valueType())});
      }
      if (type.equals(DataTypes.DoubleType)) {
        return leaf(Form.DOUBLE);
      }
      if (type.equals(DataTypes.StringType)) {
        return leaf(Form.STRING);
      }
      throw new IllegalArgumentException("no JSON form for the Spark type " + type);
    }

    private static Shape leaf(Form form) {
      return new Shape(form, new String[0], new Shape[0]);
    }
  }

  private static @Nullable Object read(JsonParser parser, Shape shape) {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_NULL) {
      return null;
    }
    return switch (shape.form) {
      case STRUCT -> readStruct(parser, shape);
      case ARRAY -> readArray(parser, shape.children[0]);
      case MAP -> readMap(parser, shape.children[0]);
      case DOUBLE -> parser.getDoubleValue();
      case JSON_TEXT -> jsonText(parser);
      case STRING -> {
        expect(parser, JsonToken.VALUE_STRING);
        yield parser.getString();
      }
    };
  }

  /** An array as the Scala sequence a row holds, wrapping a Java list. */
  private static scala.collection.Seq<Object> readArray(JsonParser parser, Shape elements) {
    expect(parser, JsonToken.START_ARRAY);
    List<Object> values = new ArrayList<>();
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      values.add(read(parser, elements));
    }
    return CollectionConverters.asScala(values);
  }

  /** An object of values by name as the Scala map a row holds, wrapping a Java map. */
  private static scala.collection.Map<String, Object> readMap(JsonParser parser, Shape values) {
    expect(parser, JsonToken.START_OBJECT);
    Map<String, Object> entries = new LinkedHashMap<>();
    for (String name = parser.nextName(); name != null; name = parser.nextName()) {
      parser.nextToken();
      entries.put(name, read(parser, values));
    }
    return CollectionConverters.asScala(entries);
  }

  private static Row readStruct(JsonParser parser, Shape shape) {
    expect(parser, JsonToken.START_OBJECT);
    Object[] values = new Object[shape.names.length];
    for (int i = 0; i < values.length; i++) {
      if (shape.children[i].form == Shape.Form.ARRAY) {
        values[i] = NO_ELEMENTS;
      }
    }
    for (String name = parser.nextName(); name != null; name = parser.nextName()) {
      Integer at = shape.index.get(name);
      if (at == null) {
        throw new IllegalArgumentException(
            "no column for the field \"" + name + "\" among " + List.of(shape.names));
      }
      parser.nextToken();
      values[at] = read(parser, shape.children[at]);
    }
    return RowFactory.create(values);
  }

  /** The value at the parser as compact JSON text. */
  private static String jsonText(JsonParser parser) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64);
    try (JsonGenerator generator = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
      generator.copyCurrentStructure(parser);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static void write(JsonGenerator generator, Object value, Shape shape) {
    switch (shape.form) {
      case STRUCT -> writeStruct(generator, (Row) value, shape);
      case ARRAY -> {
        generator.writeStartArray();
        for (Object element : elements(value)) {
          write(generator, element, shape.children[0]);
        }
        generator.writeEndArray();
      }
      case MAP -> {
        generator.writeStartObject();
        for (Map.Entry<?, ?> entry : entries(value).entrySet()) {
          generator.writeName((String) entry.getKey());
          write(generator, entry.getValue(), shape.children[0]);
        }
        generator.writeEndObject();
      }
      case DOUBLE -> generator.writeNumber((Double) value);
      case JSON_TEXT -> {
        try (JsonParser text = FACTORY.createParser(ObjectReadContext.empty(), (String) value)) {
          text.nextToken();
          generator.copyCurrentStructure(text);
        }
      }
      case STRING -> generator.writeString((String) value);
    }
  }

  private static void writeStruct(JsonGenerator generator, Row row, Shape shape) {
    generator.writeStartObject();
    for (int i = 0; i < shape.names.length; i++) {
      Object value = row.get(i);
      // Left out as the JSON leaves them out: absent parts and empty arrays.
      if (value == null
          || (shape.children[i].form == Shape.Form.ARRAY && elements(value).isEmpty())) {
        continue;
      }
      generator.writeName(shape.names[i]);
      write(generator, value, shape.children[i]);
    }
    generator.writeEndObject();
  }

  /** An array's elements, from the Scala sequence a row holds. */
  private static List<?> elements(Object array) {
    return CollectionConverters.asJava((scala.collection.Seq<?>) array);
  }

  /** A map's entries, from the Scala map a row holds. */
  private static Map<?, ?> entries(Object map) {
    return CollectionConverters.asJava((scala.collection.Map<?, ?>) map);
  }

  private static void expect(JsonParser parser, JsonToken token) {
    if (parser.currentToken() != token) {
      throw new IllegalArgumentException(
          "expected "
              + token
              + " but found "
              + parser.currentToken()
              + " at "
              + parser.currentLocation());
    }
  }

  /**
   * Every feature that shapes what is read or written set here, none left to Jackson's defaults.
   */
  private static JsonFactory factory() {
    var builder = JsonFactory.builder();
    for (JsonReadFeature leniency : JsonReadFeature.values()) {
      builder.disable(leniency);
    }
    return builder
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        .enable(StreamWriteFeature.STRICT_DUPLICATE_DETECTION)
        .enable(JsonWriteFeature.QUOTE_PROPERTY_NAMES)
        .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
        .disable(JsonWriteFeature.ESCAPE_NON_ASCII)
        .disable(JsonWriteFeature.WRITE_NUMBERS_AS_STRINGS)
        .disable(JsonWriteFeature.WRITE_NAN_AS_STRINGS)
        .rootValueSeparator((String) null)
        .build();
  }
}
