package dev.entente.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.io.EntenteJson;
import dev.entente.testing.DossierGenerator;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The baseline reads and writes every field of the format, so that it does the same work as
 * Entente: a field the shapes lacked would be skipped, silently, by Jackson's default settings.
 */
class DatabindShapesTest {
  @Test
  void theShapesHoldEveryFieldOfAGeneratedDossier() {
    JsonMapper strict =
        DatabindShapes.mapper()
            .rebuild()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    for (long seed = 1; seed <= 20; seed++) {
      byte[] json =
          EntenteJson.defaults().writeBytes(DossierGenerator.withSeed(seed).size(60).dossier());

      DatabindShapes.DossierJson shape = strict.readValue(json, DatabindShapes.DossierJson.class);

      assertThat(strict.readTree(strict.writeValueAsBytes(shape)))
          .as("seed %d", seed)
          .isEqualTo(strict.readTree(json));
    }
  }
}
