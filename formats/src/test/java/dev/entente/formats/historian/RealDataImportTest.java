package dev.entente.formats.historian;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.RecordKind;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class RealDataImportTest {
  static final Path DATA = Path.of("..", "data", "historyatstate");

  @Test
  void explore() {
    HistorianImport history =
        HistorianImport.builder()
            .visits(DATA.resolve("visits/data"))
            .travels(DATA.resolve("travels"))
            .build();
    System.out.println("source " + history.sourceRecords());
    for (RecordKind kind : RecordKind.values()) {
      System.out.println(kind + " " + history.dossier().records(kind).size());
    }
    history.skipped().forEach(System.out::println);
    history.warnings().stream().limit(20).forEach(System.out::println);
    System.out.println("problems " + history.warnings().size());
    assertThat(history.sourceRecords()).isPositive();
  }
}
