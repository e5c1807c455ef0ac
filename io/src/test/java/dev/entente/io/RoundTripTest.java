package dev.entente.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entente.Dossier;
import dev.entente.DossierRecord;
import dev.entente.Party;
import dev.entente.testing.December2021;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RoundTripTest {
  private static final Dossier DOSSIER = December2021.dossier();
  private static final EntenteJson COMPACT = EntenteJson.defaults();
  private static final EntenteJson PRETTY = EntenteJson.builder().prettyPrint(true).build();

  static Stream<DossierRecord> records() {
    return Stream.concat(DOSSIER.records().stream(), EveryField.dossier().records().stream());
  }

  @Test
  void readsBackTheDossierItWrites() {
    assertThat(COMPACT.readDossier(COMPACT.writeString(DOSSIER))).isEqualTo(DOSSIER);
    assertThat(PRETTY.readDossier(PRETTY.writeBytes(DOSSIER))).isEqualTo(DOSSIER);
    assertThat(COMPACT.readDossier(PRETTY.writeString(DOSSIER))).isEqualTo(DOSSIER);
  }

  @ParameterizedTest
  @MethodSource("records")
  void readsBackEachRecordItWrites(DossierRecord record) {
    assertThat(COMPACT.read(COMPACT.writeString(record), record.recordKind().type()))
        .isEqualTo(record);
    assertThat(PRETTY.read(PRETTY.writeBytes(record), record.recordKind().type()))
        .isEqualTo(record);
  }

  @Test
  void writesTheSameBytesForEqualDossiersWhateverTheOrderOfBuilding() {
    List<DossierRecord> shuffled = new ArrayList<>(DOSSIER.records());
    Collections.shuffle(shuffled, new Random(11));
    Dossier same = Dossier.builder().addAll(shuffled).build();

    assertThat(COMPACT.writeBytes(same)).isEqualTo(COMPACT.writeBytes(DOSSIER));
    assertThat(PRETTY.writeBytes(same)).isEqualTo(PRETTY.writeBytes(DOSSIER));
  }

  @Test
  void writesCompactlyOnOneLineOrPrettyWithTwoSpacesAndNewlines() {
    String compact = COMPACT.writeString(DOSSIER);
    String pretty = PRETTY.writeString(DOSSIER);

    assertThat(compact)
        .startsWith("{\"formatVersion\":\"1.0\",\"parties\":[{\"id\":")
        .doesNotContain("\n");
    assertThat(pretty)
        .startsWith("{\n  \"formatVersion\": \"1.0\",\n  \"parties\": [\n    {\n      \"id\": ")
        .doesNotContain("\r");
  }

  @Test
  void writesUtf8WithoutEscapingWhatNeedsNoEscape() {
    String json = COMPACT.writeString(EveryField.dossier());

    assertThat(json)
        .contains(
            "\"Российская Федерация\"",
            "\"https://example.org/readouts/2022/01/10?lang=en\"",
            "\\n",
            "\\\"and\\\"");
  }

  @Test
  void leavesOutAbsentValuesAndEmptyLists() {
    Party russia = DOSSIER.find("ru", Party.class).orElseThrow();

    assertThat(
            COMPACT.writeString(
                Party.builder().from(russia).otherNames(List.of()).identifiers(Map.of()).build()))
        .isEqualTo("{\"id\":\"ru\",\"kind\":\"state\",\"name\":\"Russia\",\"country\":\"RU\"}");
  }

  @Test
  void readsAndWritesStreamsAndFiles(@TempDir Path directory) {
    Path file = directory.resolve("dossier.json");
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    PRETTY.write(DOSSIER, file);
    PRETTY.write(DOSSIER, out);

    assertThat(PRETTY.readDossier(file)).isEqualTo(DOSSIER);
    assertThat(PRETTY.readDossier(new ByteArrayInputStream(out.toByteArray()))).isEqualTo(DOSSIER);
    assertThat(out.toByteArray()).isEqualTo(PRETTY.writeBytes(DOSSIER));
    Party russia = DOSSIER.parties().get(0);
    Path record = directory.resolve("party.json");
    COMPACT.write(russia, record);
    assertThat(COMPACT.read(record, Party.class)).isEqualTo(russia);
  }

  @Test
  void reportsAFileThatCannotBeRead(@TempDir Path directory) {
    Path missing = directory.resolve("missing.json");

    assertThatThrownBy(() -> COMPACT.readDossier(missing))
        .isInstanceOfSatisfying(
            EntenteJsonException.class,
            e -> assertThat(e.kind()).isEqualTo(EntenteJsonException.Kind.IO))
        .hasMessageStartingWith(
            "$: cannot read " + missing + ": java.nio.file.NoSuchFileException");
  }

  @Test
  void reportsAFileThatCannotBeWritten(@TempDir Path directory) {
    Path inMissingDirectory = directory.resolve("missing").resolve("dossier.json");

    assertThatThrownBy(() -> COMPACT.write(DOSSIER, inMissingDirectory))
        .isInstanceOfSatisfying(
            EntenteJsonException.class,
            e -> assertThat(e.kind()).isEqualTo(EntenteJsonException.Kind.IO))
        .hasMessageStartingWith("$: cannot write " + inMissingDirectory);
  }

  @Test
  void reportsAStreamThatFailsAsAnIoError() {
    InputStream failing =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("disk on fire");
          }

          @Override
          public int read(byte[] buffer, int offset, int length) throws IOException {
            throw new IOException("disk on fire");
          }
        };

    assertThatThrownBy(() -> COMPACT.readDossier(failing))
        .isInstanceOfSatisfying(
            EntenteJsonException.class,
            e -> assertThat(e.kind()).isEqualTo(EntenteJsonException.Kind.IO))
        .hasMessageContaining(
            "reading the input failed after 0 bytes: java.io.IOException: disk on fire");
  }

  @Test
  void reportsAStreamThatCannotBeWrittenAsAnIoError() {
    OutputStream failing =
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            throw new IOException("disk full");
          }
        };

    assertThatThrownBy(() -> COMPACT.write(DOSSIER, failing))
        .isInstanceOfSatisfying(
            EntenteJsonException.class,
            e -> assertThat(e.kind()).isEqualTo(EntenteJsonException.Kind.IO))
        .hasMessageContaining("reading or writing failed: java.io.IOException: disk full");
  }

  @Test
  void refusesLimitsThatAreNotPositive() {
    assertThatThrownBy(() -> EntenteJson.builder().maxDocumentLength(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxDocumentLength must be from 1 to 2147483638, but is 0");
    assertThatThrownBy(() -> EntenteJson.builder().maxDocumentLength(Long.MAX_VALUE))
        .hasMessage("maxDocumentLength must be from 1 to 2147483638, but is 9223372036854775807");
    assertThat(
            EntenteJson.builder()
                .maxDocumentLength(2_147_483_638L)
                .build()
                .readDossier("{\"formatVersion\":\"1.0\"}")
                .size())
        .isZero();
    assertThatThrownBy(() -> EntenteJson.builder().maxStringLength(-1))
        .hasMessage("maxStringLength must be positive, but is -1");
    assertThatThrownBy(() -> EntenteJson.builder().maxStringLength(0))
        .hasMessage("maxStringLength must be positive, but is 0");
  }

  @Test
  void eachSettingOfTheBuilderTakesEffect() {
    EntenteJson tiny =
        EntenteJson.builder()
            .prettyPrint(true)
            .ignoreUnknownFields(true)
            .maxDocumentLength(1)
            .maxStringLength(1)
            .build();
    String party = "{\"id\":\"ru\",\"kind\":\"state\",\"name\":\"Russia\",\"country\":\"RU\"}";

    assertThat(tiny.writeString(DOSSIER)).contains("\n  ");
    assertThatThrownBy(() -> tiny.read(party, Party.class))
        .isInstanceOfSatisfying(
            EntenteJsonException.class,
            e -> assertThat(e.kind()).isEqualTo(EntenteJsonException.Kind.LIMIT_EXCEEDED));
  }

  @Test
  void readsTheSameWhateverTheEncodingOfTheInputText() {
    String json = COMPACT.writeString(EveryField.dossier());

    assertThat(COMPACT.readDossier(json.getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(EveryField.dossier());
    assertThat(COMPACT.readDossier(json)).isEqualTo(EveryField.dossier());
  }
}
