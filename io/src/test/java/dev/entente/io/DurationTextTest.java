package dev.entente.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fast reader of the durations the writer writes: it reads each such text to exactly what
 * {@link Duration#parse} reads, and leaves every other text (null) to that method.
 */
class DurationTextTest {

  @ParameterizedTest
  @ValueSource(strings = {"PT0S", "PT1S", "PT50M", "PT2H", "PT1H30M", "PT1H1S", "PT2H5M9S", "PT59S", "PT100000000H", "PT1000000000H", "PT10M"})
  void readsWhatTheWriterWrites(String text) {
    assertThat(Codecs.canonicalDuration(text)).as(text).isEqualTo(Duration.parse(text));
  }

  @Test
  void readsTenThousandWrittenDurationsBack() {
    Random random = new Random(50);
    for (int i = 0; i < 10_000; i++) {
      Duration duration = Duration.ofSeconds(random.nextInt(3) == 0 ? random.nextInt(60) : random.nextInt(1_000_000));
      assertThat(Codecs.canonicalDuration(duration.toString())).as(duration.toString()).isEqualTo(duration);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "", "PT", "PT5", "P1D", "PT1D", "P1DT1H", "XT1H", "PX1H", "pt1h", "PT1h", "PTH", "PT1HM", "PT1H1H", "PT1M1H",
        "PT1S1M", "PT1.5S", "-PT1H", "PT-1H", "PT+1H", "PT10000000000H", "PT1H30", "PT 1H"
      })
  void leavesAnyOtherTextToTheGeneralReader(String text) {
    assertThat(Codecs.canonicalDuration(text)).as(text).isNull();
  }
}
