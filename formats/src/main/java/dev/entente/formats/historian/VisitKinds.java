package dev.entente.formats.historian;

import dev.entente.VisitKind;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The kind of a visit where the source's text starts with the protocol's name of it ("State
 * visit;", "Official Working Visit."), in any case. Other openings ("Informal visit", "Attended the
 * NATO Summit") name no kind of {@link VisitKind} and leave it out.
 */
final class VisitKinds {
  /** Longest first, so that "official working visit" is tried before "official visit". */
  private static final List<Map.Entry<String, VisitKind>> NAMES =
      List.of(
          Map.entry("official working visit", VisitKind.OFFICIAL_WORKING_VISIT),
          Map.entry("official visit", VisitKind.OFFICIAL_VISIT),
          Map.entry("working visit", VisitKind.WORKING_VISIT),
          Map.entry("private visit", VisitKind.PRIVATE_VISIT),
          Map.entry("state visit", VisitKind.STATE_VISIT));

  private VisitKinds() {}

  static Optional<VisitKind> named(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    for (Map.Entry<String, VisitKind> name : NAMES) {
      if (lower.startsWith(name.getKey())
          && (lower.length() == name.getKey().length()
              || ".;,: ".indexOf(lower.charAt(name.getKey().length())) >= 0)) {
        return Optional.of(name.getValue());
      }
    }
    return Optional.empty();
  }
}
