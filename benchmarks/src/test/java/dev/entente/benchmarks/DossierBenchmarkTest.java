package dev.entente.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The generated dossier the benchmark measures, whose size the ratios divide by. */
class DossierBenchmarkTest {
  @Test
  void countsTheRecordsOfTheGeneratedDossier() {
    assertThat(new DossierBenchmark().value().records()).hasSize(DossierBenchmark.RECORDS);
  }
}
