package dev.entente.io;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonGenerator;

/** A whole list as one value, written as a JSON array: the list a claim gives for a list field. */
final class WholeListCodec<E> extends Codec<List<E>> {
  private final ListCodec<E> elements;

  WholeListCodec(Codec<E> element) {
    this.elements = new ListCodec<>(element);
  }

  @Override
  String description() {
    return elements.description();
  }

  @Override
  List<E> read(JsonInput in) {
    List<E> list = new ArrayList<>();
    elements.readEach(in, list, List::add);
    return list;
  }

  @Override
  void write(List<E> values, JsonGenerator out) {
    elements.write(values, out);
  }
}
