package dev.entente.formats.historian;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * One record of the source as read: its file, the line its element starts on, and the text of each
 * of its fields by name, white space collapsed; an attribute is named {@code element@attribute}.
 */
record SourceRecord(Path file, int line, Map<String, String> fields) {
  /** The field's text, or empty if the record has none or it is blank. */
  Optional<String> field(String name) {
    String text = fields.get(name);
    return text == null || text.isEmpty() ? Optional.empty() : Optional.of(text);
  }

  /** The source's own id of the record, or {@code "?"} for messages when it has none. */
  String id() {
    return field("id").orElse("?");
  }
}
