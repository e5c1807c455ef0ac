package dev.entente;

import static dev.entente.Invalid.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a text may hold: something to read, no white space or invisible character at either end, and
 * no control character but tab, line feed and carriage return.
 */
class TextRulesTest {
  private static Topic topic(String label) {
    return Topic.builder().id("t").label(label).build();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        " ",
        "\t\n",
        "\u00A0",
        "\u200B",
        "\uFEFF",
        "\u2060",
        "\u00A0\u200B\u3000",
        "\u2028",
        "\u202F\u180E"
      })
  void aTextOfWhiteSpaceOrInvisibleCharactersIsBlank(String label) {
    assertRejected(() -> topic(label), "label", "Topic \"t\": label must not be blank");
  }

  @ParameterizedTest
  @CsvSource({"0000, 0", "0001, 1", "001B, 1", "007F, 1", "0085, 1", "009F, 1"})
  void aControlCharacterOtherThanTabAndLineEndsIsRefused(String code, int index) {
    String label = "a".substring(0, index) + (char) Integer.parseInt(code, 16) + "b";
    assertRejected(
        () -> topic(label),
        "label",
        "Topic \"t\": label holds the control character U+"
            + code
            + " at index "
            + index
            + ", which a text may not hold");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"\u00A0Russia", "Russia\u00A0", "\u200BRussia", "Russia\uFEFF", "\u3000Россия"})
  void aTextMayNotStartOrEndWithWhiteSpaceOrAnInvisibleCharacter(String label) {
    assertRejected(
        () -> topic(label),
        "label",
        "Topic \"t\": label \"" + label + "\" must not start or end with white space");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Russia",
        "a\tb",
        "first line\nsecond line\r\nthird",
        "Рос\u200Bсия",
        "🇷🇺",
        "中文",
        "x\u00A0y",
        "e\u0301"
      })
  void aTextWithSomethingToReadIsAccepted(String label) {
    assertThat(topic(label).label()).isEqualTo(label);
  }
}
