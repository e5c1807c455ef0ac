package dev.entente;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/** Finds the fields that differ between two versions of a record, down to the parts of lists. */
final class Differ {
  private final List<FieldChange> changes = new ArrayList<>();

  private Differ() {}

  static List<FieldChange> fieldChanges(DossierRecord before, DossierRecord after) {
    Differ differ = new Differ();
    if (before.recordKind() != after.recordKind()) {
      differ.changes.add(new FieldChange("recordKind", before.recordKind(), after.recordKind()));
    } else {
      differ.compareFields("", before, after);
    }
    return differ.changes;
  }

  private void compareFields(String prefix, ModelValue before, ModelValue after) {
    Map<String, Object> afterFields = Fields.of(after);
    Fields.of(before)
        .forEach((name, value) -> compare(prefix + name, value, afterFields.get(name)));
  }

  private void compare(String path, @Nullable Object before, @Nullable Object after) {
    if (Objects.equals(before, after)) {
      return;
    }
    Object was = unwrap(before);
    Object is = unwrap(after);
    if (was instanceof ModelValue wasValue
        && is instanceof ModelValue isValue
        && was.getClass() == is.getClass()) {
      compareFields(path + ".", wasValue, isValue);
    } else if (was instanceof List<?> wasList
        && is instanceof List<?> isList
        && wasList.size() == isList.size()) {
      for (int i = 0; i < wasList.size(); i++) {
        compare(path + "[" + i + "]", wasList.get(i), isList.get(i));
      }
    } else if (was instanceof Map<?, ?> wasMap && is instanceof Map<?, ?> isMap) {
      TreeSet<String> keys = new TreeSet<>();
      wasMap.keySet().forEach(key -> keys.add(String.valueOf(key)));
      isMap.keySet().forEach(key -> keys.add(String.valueOf(key)));
      keys.forEach(key -> compare(path + "." + key, wasMap.get(key), isMap.get(key)));
    } else {
      changes.add(new FieldChange(path, was, is));
    }
  }

  private static @Nullable Object unwrap(@Nullable Object value) {
    return value instanceof Optional ? ((Optional<?>) value).orElse(null) : value;
  }
}
