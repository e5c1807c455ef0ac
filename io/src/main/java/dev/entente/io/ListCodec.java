package dev.entente.io;

import java.util.List;
import java.util.function.BiConsumer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonToken;

/**
 * A list written as a JSON array of its elements, and read element by element into what holds it,
 * such as a builder, without a list of its own.
 */
final class ListCodec<E> {
  private final Codec<E> element;

  ListCodec(Codec<E> element) {
    this.element = element;
  }

  String description() {
    return "an array, each element " + element.description() + ",";
  }

  /** Reads the elements one by one into a target, such as a builder, without a list between. */
  <T> void readEach(JsonInput in, T target, BiConsumer<? super T, ? super E> add) {
    if (in.token() != JsonToken.START_ARRAY) {
      throw in.wrongType(description());
    }
    for (int index = 0; in.next() != JsonToken.END_ARRAY; index++) {
      in.enter(index);
      add.accept(target, element.read(in));
      in.leave();
    }
  }

  /** Writes the elements by index: the model's lists are random-access, and no iterator is made. */
  void write(List<E> values, JsonGenerator out) {
    out.writeStartArray();
    for (int i = 0; i < values.size(); i++) {
      element.write(values.get(i), out);
    }
    out.writeEndArray();
  }
}
