package dev.entente.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.Dossier;
import dev.entente.io.EntenteJson;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The real dossier the benchmark measures: its size, and the baseline holding all of it. */
class HistoryBenchmarkTest {
  private static final Dossier HISTORY =
      HistoryBenchmark.importHistory(Path.of("..", "data", "historyatstate")).dossier();

  @Test
  void countsTheRecordsOfTheRealDossier() {
    assertThat(HISTORY.records()).hasSize(HistoryBenchmark.RECORDS);
  }

  @Test
  void theShapesHoldEveryFieldOfTheRealDossier() {
    JsonMapper strict =
        DatabindShapes.mapper()
            .rebuild()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    byte[] json = EntenteJson.defaults().writeBytes(HISTORY);

    DatabindShapes.DossierJson shape = strict.readValue(json, DatabindShapes.DossierJson.class);

    assertThat(strict.readTree(strict.writeValueAsBytes(shape))).isEqualTo(strict.readTree(json));
  }
}
