package dev.entente.internal;

import java.util.Locale;

/**
 * How the JSON format and every message spell the model's enum constants: in lower case, words
 * joined by hyphens, such as {@code phone-call} for {@code ConversationMode.PHONE_CALL}.
 *
 * <p>Not an API: this package is exported to Entente's own modules only.
 */
public final class Spelling {
  private Spelling() {}

  /**
   * Returns the word of an enum constant.
   *
   * @param constant the constant
   * @return its word, such as {@code phone-call}
   */
  public static String of(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
