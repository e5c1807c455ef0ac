package dev.entente;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/** The fields of a {@link ModelValue}, handed one by one, in declaration order, to a visitor. */
final class Fields {
  private final BiConsumer<String, Object> visitor;

  private Fields(BiConsumer<String, Object> visitor) {
    this.visitor = visitor;
  }

  /** Hands each field of a value to a visitor, without collecting them. */
  static void visit(ModelValue value, BiConsumer<String, Object> visitor) {
    value.describe(new Fields(visitor));
  }

  /** The fields of a value by name, in declaration order. */
  static Map<String, Object> of(ModelValue value) {
    Map<String, Object> values = new LinkedHashMap<>();
    visit(value, values::put);
    return Collections.unmodifiableMap(values);
  }

  Fields add(String name, Object value) {
    visitor.accept(name, value);
    return this;
  }
}
