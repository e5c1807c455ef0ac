package dev.entente;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The canonical form of IETF BCP 47 language tags, as {@link Locale#toLanguageTag()} gives it,
 * remembered for the few tags a data set uses: a statement's language is checked each time one is
 * built, and a data set of thousands of statements names a handful of languages. Bounded, so that
 * input of ever new tags cannot fill memory; past the bound, tags are worked out each time.
 */
final class LanguageTags {
  private static final int REMEMBERED = 1_000;
  private static final Map<String, String> CANONICAL = new ConcurrentHashMap<>();

  private LanguageTags() {}

  /** The canonical form of a tag, {@code und} when it is no well-formed tag. */
  static String canonical(String tag) {
    String known = CANONICAL.get(tag);
    if (known != null) {
      return known;
    }
    String canonical = Locale.forLanguageTag(tag).toLanguageTag();
    if (CANONICAL.size() < REMEMBERED) {
      CANONICAL.put(tag, canonical);
    }
    return canonical;
  }
}
