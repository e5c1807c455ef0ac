package dev.entente.io;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonToken;

/** A map of strings written as a JSON object, keys in sorted order so that output is stable. */
final class StringMapCodec extends Codec<Map<String, String>> {
  private final String valueDescription;

  StringMapCodec(String valueDescription) {
    this.valueDescription = valueDescription;
  }

  @Override
  String description() {
    return "an object of " + valueDescription + " by name";
  }

  @Override
  Map<String, String> read(JsonInput in) {
    if (in.token() != JsonToken.START_OBJECT) {
      throw in.wrongType(description());
    }
    Map<String, String> values = new LinkedHashMap<>();
    while (in.next() == JsonToken.PROPERTY_NAME) {
      String key = in.name();
      if (values.containsKey(key)) {
        throw EntenteJsonException.duplicateKey(in.path(), in.here(), key, "this object");
      }
      in.enter(key);
      in.next();
      values.put(key, in.string(valueDescription));
      in.leave();
    }
    return values;
  }

  @Override
  void write(Map<String, String> values, JsonGenerator out) {
    out.writeStartObject();
    // A map read from this format holds its keys in order already: sorted again only if not.
    for (Map.Entry<String, String> entry :
        (inKeyOrder(values) ? values : new TreeMap<>(values)).entrySet()) {
      out.writeName(entry.getKey());
      out.writeString(entry.getValue());
    }
    out.writeEndObject();
  }

  private static boolean inKeyOrder(Map<String, String> values) {
    String previous = null;
    for (String key : values.keySet()) {
      if (previous != null && previous.compareTo(key) >= 0) {
        return false;
      }
      previous = key;
    }
    return true;
  }
}
