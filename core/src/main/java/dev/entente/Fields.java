package dev.entente;

import dev.entente.internal.Declaration;
import dev.entente.internal.Field;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The fields of a {@link ModelValue} by name, in the order its declaration lists them. */
final class Fields {
  private Fields() {}

  static Map<String, Object> of(ModelValue value) {
    return of(value.declaration(), value);
  }

  private static <T> Map<String, Object> of(Declaration<T, ?> declaration, ModelValue value) {
    T typed = declaration.type().cast(value);
    Map<String, Object> values = new LinkedHashMap<>();
    for (Field<T, ?, ?> field : declaration.fields()) {
      values.put(field.name(), field.get(typed));
    }
    return Collections.unmodifiableMap(values);
  }
}
