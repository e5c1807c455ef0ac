package dev.entente;

import java.util.Map;

/** The rule for identifiers in other datasets: a lower-case scheme name and a non-blank value. */
final class Identifiers {
  private static final int MAX_SCHEME_LENGTH = 32;

  private Identifiers() {}

  static void check(Invariants check, Map<String, String> identifiers) {
    identifiers.forEach(
        (scheme, value) -> {
          if (!isScheme(scheme)) {
            throw check.fail(
                "identifiers",
                "identifier scheme \""
                    + scheme
                    + "\" must be a lower-case word such as \"wikidata\"");
          }
          check.text("identifiers", value);
        });
  }

  /** A lower-case ASCII letter, then up to 31 of them, digits or '-'. */
  static boolean isScheme(String scheme) {
    int length = scheme.length();
    if (length == 0 || length > MAX_SCHEME_LENGTH || !isLowerCaseLetter(scheme.charAt(0))) {
      return false;
    }
    for (int i = 1; i < length; i++) {
      char c = scheme.charAt(i);
      if (!isLowerCaseLetter(c) && !(c >= '0' && c <= '9') && c != '-') {
        return false;
      }
    }
    return true;
  }

  private static boolean isLowerCaseLetter(char c) {
    return c >= 'a' && c <= 'z';
  }
}
