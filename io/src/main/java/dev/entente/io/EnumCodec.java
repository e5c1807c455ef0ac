package dev.entente.io;

import dev.entente.internal.Spelling;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;

/** An enum written as its lower-case kebab-case word: {@code PHONE_CALL} as {@code phone-call}. */
final class EnumCodec<E extends Enum<E>> extends Codec<E> {
  private final Map<String, E> byWord = new HashMap<>();
  private final Map<E, SerializableString> words;
  private final String choices;
  private final String description;

  EnumCodec(Class<E> type) {
    words = new EnumMap<>(type);
    for (E constant : type.getEnumConstants()) {
      String word = Spelling.of(constant);
      byWord.put(word, constant);
      words.put(constant, new SerializedString(word));
    }
    choices =
        Stream.of(type.getEnumConstants()).map(Spelling::of).collect(Collectors.joining(", "));
    description = "one of the words " + choices;
  }

  @Override
  String description() {
    return description;
  }

  @Override
  E read(JsonInput in) {
    String text = in.string(description());
    E constant = byWord.get(text);
    if (constant == null) {
      throw EntenteJsonException.notOneOf(in.path(), in.here(), text, choices);
    }
    return constant;
  }

  @Override
  void write(E value, JsonGenerator out) {
    out.writeString(words.get(value));
  }
}
