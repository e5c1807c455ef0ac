package dev.entente;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The first character to check, found in chunks copied from the text, is the one a reading of every
 * character with {@code charAt} finds: for every character there is, at the start and end of a text
 * and on each side of a chunk's edge, and in random texts from an alphabet of every kind of
 * character the rules treat apart.
 */
class PlainTextTest {
  @Test
  void findsEveryCharacterWhereverItStands() {
    String plain = "a".repeat(600);
    int[] places = {0, 1, 255, 256, 257, 511, 512, 599};
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      for (int place : places) {
        String text = plain.substring(0, place) + (char) c + plain.substring(place + 1);

        assertThat(PlainText.firstToCheck(text))
            .as("U+%04X at %d", c, place)
            .isEqualTo(firstByCharAt(text));
      }
    }
  }

  @Test
  void findsTheFirstInRandomTextsOfEveryLength() {
    String alphabet =
        "a \t\n\r\u0000\u001f\u007f\u0080\u009f\u00a0é中\uD83D\uDE00\uDC00\uD800\u200b";
    Random random = new Random(18);
    int found = 0;
    for (int n = 0; n < 20_000; n++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(700);
      double odd = random.nextDouble() * 0.01;
      while (text.length() < length) {
        text.append(
            random.nextDouble() < odd
                ? alphabet.charAt(random.nextInt(alphabet.length()))
                : alphabet.charAt(random.nextInt(2) == 0 ? 0 : 11));
      }
      int expected = firstByCharAt(text.toString());

      assertThat(PlainText.firstToCheck(text.toString())).as("%s", text).isEqualTo(expected);
      found += expected >= 0 ? 1 : 0;
    }
    assertThat(found).isBetween(2_000, 18_000);
  }

  @Test
  void findsNothingInAnEmptyText() {
    assertThat(PlainText.firstToCheck("")).isEqualTo(-1);
  }

  private static int firstByCharAt(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < ' ' ? c != '\t' && c != '\n' && c != '\r' : c >= 0x7F && c <= 0x9F) {
        return i;
      }
      if (Character.isSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }
}
