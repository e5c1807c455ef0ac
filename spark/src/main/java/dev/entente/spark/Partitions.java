package dev.entente.spark;

import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** A partition's rows as a lazy stream, so that what a task makes of them is never held whole. */
final class Partitions {
  private Partitions() {}

  static <T> Stream<T> stream(Iterator<T> partition) {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(partition, Spliterator.ORDERED), false);
  }
}
