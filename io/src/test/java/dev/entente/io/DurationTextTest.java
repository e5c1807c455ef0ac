package dev.entente.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A duration's text: exactly the spelling the writer writes, and nothing else. */
class DurationTextTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "PT0S",
        "PT1S",
        "PT50M",
        "PT2H",
        "PT1H30M",
        "PT1H1S",
        "PT2H5M9S",
        "PT59S",
        "PT0.5S",
        "PT1.000000001S",
        "PT1000000000H",
        "PT10M"
      })
  void readsWhatTheWriterWrites(String text) {
    assertThat(DurationText.parse(text)).as(text).isEqualTo(Duration.parse(text));
  }

  @Test
  void readsTenThousandWrittenDurationsBack() {
    Random random = new Random(50);
    for (int i = 0; i < 10_000; i++) {
      Duration duration =
          Duration.ofSeconds(
              random.nextInt(3) == 0 ? random.nextInt(60) : random.nextInt(1_000_000_000),
              random.nextInt(2) == 0 ? 0 : random.nextInt(1_000_000_000));
      assertThat(DurationText.parse(duration.toString()))
          .as(duration.toString())
          .isEqualTo(duration);
    }
  }

  @ParameterizedTest
  @CsvSource({
    "PT90M, PT1H30M",
    "PT60S, PT1M",
    "PT3600S, PT1H",
    "PT0H, PT0S",
    "PT1H0M, PT1H",
    "PT0.50S, PT0.5S",
    "PT01M, PT1M",
    "PT1.0S, PT1S"
  })
  void refusesAnotherSpellingOfADurationNamingTheOneToWrite(String text, String canonical) {
    assertThatThrownBy(() -> DurationText.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "\""
                + text
                + "\" is a duration, but the format writes it \""
                + canonical
                + "\": write that");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "PT",
        "PT5",
        "P1D",
        "PT1D",
        "P1DT1H",
        "XT1H",
        "PX1H",
        "pt50m",
        "PT1h",
        "PTH",
        "PT1HM",
        "PT1H1H",
        "PT1M1H",
        "PT1S1M",
        "PT1.5H",
        "-PT1H",
        "PT-1H",
        "PT+50M",
        "+PT50M",
        "PT1H-10M",
        "PT10000000000000H",
        "PT1H30",
        "PT 1H",
        "PT.5S",
        "PT1.S",
        "PT1.0000000001S"
      })
  void refusesAnyOtherText(String text) {
    assertThatThrownBy(() -> DurationText.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "\"" + text + "\" is not a duration: write it as ISO 8601 hours, minutes and seconds");
  }
}
