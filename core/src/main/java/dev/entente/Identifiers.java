package dev.entente;

import java.util.Map;
import java.util.regex.Pattern;

/** The rule for identifiers in other datasets: a lower-case scheme name and a non-blank value. */
final class Identifiers {
  private static final Pattern SCHEME = Pattern.compile("[a-z][a-z0-9-]{0,31}");

  private Identifiers() {}

  static void check(Invariants check, Map<String, String> identifiers) {
    identifiers.forEach(
        (scheme, value) -> {
          if (!SCHEME.matcher(scheme).matches()) {
            throw check.fail(
                "identifiers",
                "identifier scheme \""
                    + scheme
                    + "\" must be a lower-case word such as \"wikidata\"");
          }
          check.text("identifiers", value);
        });
  }
}
