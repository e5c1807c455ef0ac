package dev.entente.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entente.Dossier;
import dev.entente.Leader;
import dev.entente.Party;
import dev.entente.io.EntenteJsonException.Kind;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading rules that the larger suites pass through without telling their cases apart. */
class SmallReadRulesTest {
  private static final EntenteJson STRICT = EntenteJson.defaults();
  private static final EntenteJson LENIENT =
      EntenteJson.builder().ignoreUnknownFields(true).build();
  private static final String PARTY =
      "{\"id\":\"ru\",\"kind\":\"state\",\"name\":\"Russia\",\"country\":\"RU\"";

  private static void refused(
      EntenteJson json, String input, Class<?> type, Kind kind, String message) {
    assertThatThrownBy(() -> AnyValue.read(json, input, type))
        .isInstanceOfSatisfying(
            EntenteJsonException.class, e -> assertThat(e.kind()).isEqualTo(kind))
        .hasMessageContaining(message);
  }

  @Test
  void whiteSpaceOnlyIsToldFromEmptyInTextAndInBytes() {
    refused(STRICT, "  ", Dossier.class, Kind.EMPTY_INPUT, "the input holds only white space");
    assertThatThrownBy(() -> STRICT.readDossier("  ".getBytes(StandardCharsets.UTF_8)))
        .hasMessageContaining("the input holds only white space");
  }

  @Test
  void aMapOrAListOfTheWrongShapeIsAWrongType() {
    refused(
        STRICT,
        PARTY + ",\"identifiers\":[]}",
        Party.class,
        Kind.WRONG_TYPE,
        "$.identifiers (line 1, column 72): expected an object of identifiers by name but found an array");
    refused(
        STRICT,
        PARTY + ",\"otherNames\":{}}",
        Party.class,
        Kind.WRONG_TYPE,
        "$.otherNames (line 1, column 71): expected an array, each element a string, but found an object");
    refused(
        STRICT,
        PARTY.replace("\"state\"", "\"empire\"") + "}",
        Party.class,
        Kind.INVALID_VALUE,
        "is not one of");
    refused(
        STRICT,
        PARTY.replace("\"state\"", "5") + "}",
        Party.class,
        Kind.WRONG_TYPE,
        "expected one of the words state, international-organization");
  }

  @Test
  void pathsStayRightAfterASkippedUnknownField() {
    refused(
        LENIENT,
        PARTY + ",\"capital\":{\"name\":\"Moscow\"},\"otherNames\":[5]}",
        Party.class,
        Kind.WRONG_TYPE,
        "$.otherNames[0] ");
  }

  @Test
  void aDurationWithAFractionOfASecondIsRead() {
    Leader leader =
        STRICT.read(
            "{\"id\":\"putin\",\"name\":\"Vladimir Putin\",\"offices\":[{\"party\":\"ru\","
                + "\"role\":\"head-of-state\",\"term\":{\"start\":\"2012-05-07\",\"duration\":\"PT0.5S\"}}]}",
            Leader.class);

    assertThat(leader.offices().get(0).term().orElseThrow().duration())
        .contains(Duration.ofMillis(500));
  }

  @Test
  void aFlushedLinesWriterHasWrittenItsRecords() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JsonLinesWriter<Party> writer = STRICT.linesWriter(out, Party.class);

    writer.write(STRICT.read(PARTY + "}", Party.class));
    writer.flush();

    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(PARTY + "}\n");
    writer.close();
  }

  @Test
  void anEmptyDossierIsItsVersionAlone() {
    assertThat(STRICT.writeString(Dossier.builder().build()))
        .isEqualTo("{\"formatVersion\":\"1.0\"}");
  }

  @Test
  void oneProblemAcrossRecordsIsCountedInTheSingular() {
    String leader =
        "{\"id\":\"putin\",\"name\":\"Vladimir Putin\","
            + "\"offices\":[{\"party\":\"nobody\",\"role\":\"head-of-state\"}]}";

    refused(
        STRICT,
        "{\"formatVersion\":\"1.0\",\"leaders\":[" + leader + "]}",
        Dossier.class,
        Kind.INVALID_DOSSIER,
        "the dossier has 1 problem across records:");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"01.0", "1.00", "0001.0", "1.01", "+1.0", "1.0.0", "1", " 1.0", "1.0 ", "١.٠"})
  void aFormatVersionIsTwoNumbersWithoutLeadingZeros(String version) {
    assertThatThrownBy(() -> STRICT.readDossier("{\"formatVersion\":\"" + version + "\"}"))
        .isInstanceOfSatisfying(
            EntenteJsonException.class, e -> assertThat(e.kind()).isEqualTo(Kind.INVALID_VALUE))
        .hasMessage(
            "$.formatVersion (line 1, column 18): \""
                + version
                + "\" is not a format version such as \"1.0\": major.minor,"
                + " two numbers without leading zeros");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.0", "1.1", "1.10", "1.9999"})
  void readsEveryMinorVersionOfTheFirstMajorOne(String version) {
    assertThat(STRICT.readDossier("{\"formatVersion\":\"" + version + "\"}").size()).isZero();
  }

  @ParameterizedTest
  @ValueSource(ints = {33, 79, 1_000, 100_000})
  void theLenientReaderSkipsANumberOfAnyLengthUpToTheLongestString(int digits) {
    String number = "-" + "1".repeat(digits) + ".5e-7";

    assertThat(LENIENT.read(PARTY + ",\"population\":" + number + "}", Party.class).id())
        .isEqualTo("ru");
  }
}
