package dev.entente;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Finds the first element of a list that equals an earlier one. Short lists, which are nearly all
 * the lists of a record (its participants, its sources), are compared pair by pair without
 * allocating anything; longer ones go through a hash set, so that a list of thousands of members is
 * not compared pair by pair. {@code DuplicatesTest} holds the two paths to the same answers, and
 * {@code DuplicatesBenchmark} measures the pairwise path against the hash set on short lists.
 */
final class Duplicates {
  /** The longest list compared pair by pair. */
  static final int PAIRWISE_UP_TO = 16;

  private Duplicates() {}

  /**
   * The first element that equals an earlier one, or {@code null} when the elements are distinct.
   */
  static @Nullable Object firstRepeated(List<?> values) {
    return values.size() <= PAIRWISE_UP_TO ? pairwise(values) : hashed(values);
  }

  static @Nullable Object pairwise(List<?> values) {
    for (int i = 1; i < values.size(); i++) {
      for (int j = 0; j < i; j++) {
        if (values.get(i).equals(values.get(j))) {
          return values.get(i);
        }
      }
    }
    return null;
  }

  static @Nullable Object hashed(List<?> values) {
    Set<Object> seen = new HashSet<>();
    for (Object value : values) {
      if (!seen.add(value)) {
        return value;
      }
    }
    return null;
  }
}
