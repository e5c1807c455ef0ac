package dev.entente;

import java.util.Collection;
import java.util.List;

/** Small helpers for messages. */
final class Words {
  private Words() {}

  /** "leader", "leader or party", "party, leader or statement". */
  static String alternatives(Collection<?> choices) {
    List<String> words = choices.stream().map(String::valueOf).toList();
    if (words.size() == 1) {
      return words.get(0);
    }
    return String.join(", ", words.subList(0, words.size() - 1))
        + " or "
        + words.get(words.size() - 1);
  }
}
