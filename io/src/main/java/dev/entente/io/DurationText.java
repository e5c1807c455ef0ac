package dev.entente.io;

import java.time.Duration;

/**
 * A duration's text in the format: ISO 8601 in the one spelling {@link Duration#toString()} gives,
 * hours, minutes and seconds, such as {@code PT50M}, {@code PT1H30M}, {@code PT2H}, {@code PT0.5S}
 * or {@code PT0S}. Another spelling of the same length ({@code PT90M}, {@code PT3600S}, {@code
 * PT0.50S}) is refused naming the one to write, and any other text ({@code P1D}, {@code pt50m},
 * {@code PT+50M}) is refused as no duration, so that what is read is written back as it was.
 */
final class DurationText {
  /** Digits a part may have: hours of any duration the model holds have at most eight. */
  private static final int MAX_DIGITS = 12;

  private static final int NANO_DIGITS = 9;

  private DurationText() {}

  /**
   * Reads {@code PT}, then at most one each of hours {@code H}, minutes {@code M} and seconds
   * {@code S} with up to nine decimals, in this order, digits only; then checks the spelling.
   */
  static Duration parse(String text) {
    int length = text.length();
    if (length < 4 || text.charAt(0) != 'P' || text.charAt(1) != 'T') {
      throw notADuration(text);
    }
    long seconds = 0;
    long nanos = 0;
    int lastUnit = 0;
    int at = 2;
    while (at < length) {
      int digits = digitsAt(text, at);
      if (digits == 0 || digits > MAX_DIGITS) {
        throw notADuration(text);
      }
      long number = Long.parseLong(text, at, at + digits, 10);
      at += digits;
      if (at < length && text.charAt(at) == '.') {
        int decimals = digitsAt(text, at + 1);
        if (decimals == 0
            || decimals > NANO_DIGITS
            || at + 1 + decimals >= length
            || text.charAt(at + 1 + decimals) != 'S') {
          throw notADuration(text);
        }
        nanos =
            Long.parseLong(text, at + 1, at + 1 + decimals, 10)
                * (long) Math.pow(10, NANO_DIGITS - decimals);
        at += 1 + decimals;
      }
      int unit = at < length ? "HMS".indexOf(text.charAt(at)) + 1 : 0;
      if (unit <= lastUnit) {
        throw notADuration(text);
      }
      seconds += number * (unit == 1 ? 3600 : unit == 2 ? 60 : 1);
      lastUnit = unit;
      at++;
    }
    Duration duration = Duration.ofSeconds(seconds, nanos);
    String canonical = duration.toString();
    if (!canonical.equals(text)) {
      throw new IllegalArgumentException(
          "\""
              + text
              + "\" is a duration, but the format writes it \""
              + canonical
              + "\": write that");
    }
    return duration;
  }

  private static int digitsAt(String text, int from) {
    int at = from;
    while (at < text.length() && text.charAt(at) >= '0' && text.charAt(at) <= '9') {
      at++;
    }
    return at - from;
  }

  private static IllegalArgumentException notADuration(String text) {
    return new IllegalArgumentException(
        "\""
            + text
            + "\" is not a duration: write it as ISO 8601 hours, minutes and seconds, such as \"PT50M\","
            + " \"PT1H30M\" or \"PT0.5S\"");
  }
}
