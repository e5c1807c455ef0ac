package dev.entente.io;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A duration's text in the format: ISO 8601 in the one spelling {@link Duration#toString()} gives,
 * hours, minutes and seconds, such as {@code PT50M}, {@code PT1H30M}, {@code PT2H}, {@code PT0.5S}
 * or {@code PT0S}. Another spelling of the same length ({@code PT90M}, {@code P1D}, {@code PT3600S})
 * is refused naming the one to write, and any other text is refused as no duration, so that what is
 * read is written back as it was.
 */
final class DurationText {
  /** Hours, minutes and seconds with a fraction, in this order, each at most once, digits only. */
  private static final Pattern PARTS =
      Pattern.compile("PT(?:([0-9]{1,12})H)?(?:([0-9]{1,12})M)?(?:([0-9]{1,12})(?:\\.([0-9]{1,9}))?S)?");

  private DurationText() {}

  static Duration parse(String text) {
    Matcher parts = PARTS.matcher(text);
    if (text.length() <= 2 || !parts.matches()) {
      throw new IllegalArgumentException(
          "\"" + text + "\" is not a duration: write it as ISO 8601 hours, minutes and seconds, such as \"PT50M\","
              + " \"PT1H30M\" or \"PT0.5S\"");
    }
    Duration duration =
        Duration.ofHours(number(parts.group(1)))
            .plusMinutes(number(parts.group(2)))
            .plusSeconds(number(parts.group(3)))
            .plusNanos(nanos(parts.group(4)));
    String canonical = duration.toString();
    if (!canonical.equals(text)) {
      throw new IllegalArgumentException(
          "\"" + text + "\" is a duration, but the format writes it \"" + canonical + "\": write that");
    }
    return duration;
  }

  private static long number(String digits) {
    return digits == null ? 0 : Long.parseLong(digits);
  }

  private static long nanos(String fraction) {
    return fraction == null ? 0 : Long.parseLong((fraction + "00000000").substring(0, 9));
  }
}
