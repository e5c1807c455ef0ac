package dev.entente.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.Dossier;
import dev.entente.DossierRecord;
import dev.entente.fixtures.December2021;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class RoundTripTest {
  private static final Dossier DOSSIER = December2021.dossier();
  private static final EntenteJson COMPACT = EntenteJson.defaults();
  private static final EntenteJson PRETTY = EntenteJson.builder().prettyPrint(true).build();

  static Stream<DossierRecord> records() {
    return DOSSIER.records().stream();
  }

  @Test
  void readsBackTheDossierItWrites() {
    assertThat(COMPACT.read(COMPACT.writeString(DOSSIER), Dossier.class)).isEqualTo(DOSSIER);
    assertThat(PRETTY.read(PRETTY.writeBytes(DOSSIER), Dossier.class)).isEqualTo(DOSSIER);
  }

  @ParameterizedTest
  @MethodSource("records")
  void readsBackEachRecordItWrites(DossierRecord record) {
    assertThat(COMPACT.read(COMPACT.writeString(record), record.recordKind().type())).isEqualTo(record);
  }
}
