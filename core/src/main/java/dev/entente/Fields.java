package dev.entente;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The fields of a {@link ModelValue} by name, in declaration order. */
final class Fields {
  private final Map<String, Object> values = new LinkedHashMap<>();

  static Map<String, Object> of(ModelValue value) {
    Fields fields = new Fields();
    value.describe(fields);
    return Collections.unmodifiableMap(fields.values);
  }

  Fields add(String name, Object value) {
    values.put(name, value);
    return this;
  }
}
