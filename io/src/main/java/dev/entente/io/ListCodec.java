package dev.entente.io;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonToken;

/** A list written as a JSON array of its elements. */
final class ListCodec<E> extends Codec<List<E>> {
  private final Codec<E> element;

  ListCodec(Codec<E> element) {
    this.element = element;
  }

  @Override
  String description() {
    return "an array, each element " + element.description() + ",";
  }

  @Override
  List<E> read(JsonInput in) {
    if (in.token() != JsonToken.START_ARRAY) {
      throw in.wrongType(description());
    }
    List<E> values = new ArrayList<>();
    while (in.next() != JsonToken.END_ARRAY) {
      in.enter(values.size());
      values.add(element.read(in));
      in.leave();
    }
    return values;
  }

  @Override
  void write(List<E> values, JsonGenerator out) {
    out.writeStartArray();
    for (E value : values) {
      element.write(value, out);
    }
    out.writeEndArray();
  }
}
