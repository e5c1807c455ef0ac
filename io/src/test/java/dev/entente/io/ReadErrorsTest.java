package dev.entente.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entente.Conversation;
import dev.entente.Dossier;
import dev.entente.DossierRecord;
import dev.entente.Party;
import dev.entente.Problem;
import dev.entente.Statement;
import dev.entente.Visit;
import dev.entente.io.EntenteJsonException.Kind;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Each kind of bad input on its own, with the error it gives. */
class ReadErrorsTest {
  private static final EntenteJson JSON = EntenteJson.defaults();
  private static final String RUSSIA =
      "{\"id\":\"ru\",\"kind\":\"state\",\"name\":\"Russia\",\"country\":\"RU\"}";

  private static void assertError(String input, Class<?> type, Kind kind, String message) {
    assertError(JSON, input, type, kind, message);
  }

  private static void assertError(
      EntenteJson json, String input, Class<?> type, Kind kind, String message) {
    assertThatThrownBy(() -> AnyValue.read(json, input, type))
        .isInstanceOfSatisfying(
            EntenteJsonException.class, e -> assertThat(e.kind()).isEqualTo(kind))
        .hasMessage(message);
  }

  private static String visitWithPlace(String place) {
    return "{\"id\":\"v\",\"visitors\":[\"putin\"],\"host\":\"us\",\"when\":{\"start\":\"2021\"},"
        + "\"places\":["
        + place
        + "]}";
  }

  private static String visitWithClaim(String claim) {
    return "{\"id\":\"v\",\"visitors\":[\"putin\"],\"host\":\"us\",\"when\":{\"start\":\"2021\"},"
        + "\"claims\":["
        + claim
        + "]}";
  }

  @Test
  void aClaimReadsItsValueInTheFormOfItsField() throws Exception {
    Visit visit =
        JSON.read(
            visitWithClaim(
                "{\"field\":\"when\",\"value\":{\"start\":\"2022\"},\"source\":\"s\","
                    + "\"confidence\":1}"),
            Visit.class);

    assertThat(visit.claims())
        .containsExactly(
            dev.entente.Claim.of(
                    "when", dev.entente.Span.of(dev.entente.TimePoint.parse("2022")), "s")
                .withConfidence(1));
  }

  @Test
  void aClaimWhoseValueComesBeforeItsField() {
    assertError(
        visitWithClaim("{\"value\":\"2022\",\"field\":\"when\",\"source\":\"s\"}"),
        Visit.class,
        Kind.INVALID_VALUE,
        "$.claims[0].value (line 1, column 87): a claim's field must come before its value, which is read in the field's form");
  }

  @Test
  void aClaimAboutAFieldNoSourceGives() {
    assertError(
        visitWithClaim("{\"field\":\"id\",\"value\":\"w\",\"source\":\"s\"}"),
        Visit.class,
        Kind.INVALID_VALUE,
        "$.claims[0].value (line 1, column 100): the claim is about \"id\", which is no field a source can give: one of kind, visitors, host, hosts, when, places, description, invitedBy, includes");
  }

  @Test
  void aClaimsValueOfTheWrongFormAndAConfidenceOutOfRange() {
    assertError(
        visitWithClaim("{\"field\":\"when\",\"value\":\"2022\",\"source\":\"s\"}"),
        Visit.class,
        Kind.WRONG_TYPE,
        "$.claims[0].value (line 1, column 102): expected a span but found a string");
    assertError(
        visitWithClaim(
            "{\"field\":\"kind\",\"value\":\"state-visit\",\"source\":\"s\",\"confidence\":2}"),
        Visit.class,
        Kind.INVALID_VALUE,
        "$.claims[0] (line 1, column 78): a claim's confidence 2.0 is not within [0, 1]");
    assertError(
        visitWithClaim("{\"field\":\"kind\",\"source\":\"s\"}"),
        Visit.class,
        Kind.MISSING_FIELD,
        "$.claims[0] (line 1, column 78): a claim needs the field \"value\"");
  }

  @Test
  void coordinatesThatAreNotNumbers() {
    assertError(
        visitWithPlace(
            "{\"country\":\"CH\",\"coordinates\":{\"latitude\":\"46.2\",\"longitude\":6.1}}"),
        Visit.class,
        Kind.WRONG_TYPE,
        "$.places[0].coordinates.latitude (line 1, column 120): expected a number of decimal degrees but found a string");
  }

  @Test
  void coordinatesOutOfRange() {
    assertError(
        visitWithPlace("{\"country\":\"CH\",\"coordinates\":{\"latitude\":95,\"longitude\":6.1}}"),
        Visit.class,
        Kind.INVALID_VALUE,
        "$.places[0].coordinates (line 1, column 108): the latitude 95.0 is not within [-90, 90] decimal degrees of WGS 84");
  }

  @Test
  void coordinatesWithoutALongitude() {
    assertError(
        visitWithPlace("{\"country\":\"CH\",\"coordinates\":{\"latitude\":46.2}}"),
        Visit.class,
        Kind.MISSING_FIELD,
        "$.places[0].coordinates (line 1, column 108): coordinates needs the field \"longitude\"");
  }

  @Test
  void aPlaceWithNeitherCountryNorParty() {
    assertError(
        visitWithPlace("{\"localities\":[\"Geneva\"]}"),
        Visit.class,
        Kind.INVALID_RECORD,
        "$.places[0].country (line 1, column 78): Place: a place must have a country code or, in a state without one, the state's party");
  }

  @Test
  void emptyInput() {
    assertError("", Dossier.class, Kind.EMPTY_INPUT, "$ (line 1, column 1): the input is empty");
    assertError(new byte[0], Kind.EMPTY_INPUT, "$ (line 1, column 1): the input is empty");
  }

  private static void assertError(byte[] input, Kind kind, String message) {
    assertThatThrownBy(() -> JSON.readDossier(input))
        .isInstanceOfSatisfying(
            EntenteJsonException.class, e -> assertThat(e.kind()).isEqualTo(kind))
        .hasMessage(message);
  }

  @Test
  void whiteSpaceOnly() {
    assertError(
        " \n\t ",
        Dossier.class,
        Kind.EMPTY_INPUT,
        "$ (line 2, column 3): the input holds only white space, no JSON value");
  }

  @Test
  void notJson() {
    assertError(
        "hello",
        Dossier.class,
        Kind.MALFORMED_JSON,
        "$ (line 1, column 1): not valid JSON: Unrecognized token 'hello': was expecting (JSON String, Number, Array,"
            + " Object or token 'null', 'true' or 'false')");
  }

  @Test
  void truncatedJson() {
    assertError(
        "{\"formatVersion\":\"1.0\",\"parties\":[",
        Dossier.class,
        Kind.TRUNCATED,
        "$.parties (line 1, column 35): the input ends before the JSON value does: Unexpected end-of-input: expected"
            + " close marker for Array");
  }

  @Test
  void mismatchedCloseMarker() {
    assertError(
        "{\"formatVersion\":\"1.0\",\"parties\":[{\"id\":\"ru\"]",
        Dossier.class,
        Kind.MALFORMED_JSON,
        "$.parties[0] (line 1, column 45): not valid JSON: Unexpected close marker ']': expected '}'");
  }

  @Test
  void trailingContent() {
    assertError(
        "{\"formatVersion\":\"1.0\"} {}",
        Dossier.class,
        Kind.TRAILING_CONTENT,
        "$ (line 1, column 25): an object follows a dossier; a document holds one value");
    assertError(
        "{\"formatVersion\":\"1.0\"} x",
        Dossier.class,
        Kind.TRAILING_CONTENT,
        "$ (line 1, column 25): something that is not JSON follows a dossier");
  }

  @Test
  void wrongType() {
    assertError(
        "{\"formatVersion\":\"1.0\",\"parties\":{}}",
        Dossier.class,
        Kind.WRONG_TYPE,
        "$.parties (line 1, column 34): expected an array of parties but found an object");
    assertError(
        "{\"id\":\"ru\",\"kind\":\"state\",\"name\":5,\"country\":\"RU\"}",
        Party.class,
        Kind.WRONG_TYPE,
        "$.name (line 1, column 34): expected a string but found a number");
    assertError(
        "[]",
        Dossier.class,
        Kind.WRONG_TYPE,
        "$ (line 1, column 1): expected a dossier but found an array");
  }

  @Test
  void nullInsteadOfLeavingTheFieldOut() {
    assertError(
        "{\"id\":\"ru\",\"kind\":\"state\",\"name\":null,\"country\":\"RU\"}",
        Party.class,
        Kind.WRONG_TYPE,
        "$.name (line 1, column 34): null is not a value here: leave the field out instead (expected a string)");
    assertError(
        "null",
        Dossier.class,
        Kind.WRONG_TYPE,
        "$ (line 1, column 1): expected a dossier but found null");
  }

  @Test
  void missingRequiredFields() {
    assertError(
        "{\"id\":\"ru\",\"country\":\"RU\"}",
        Party.class,
        Kind.MISSING_FIELD,
        "$ (line 1, column 1): a party needs the fields \"kind\", \"name\"");
    assertError(
        "{\"parties\":[]}",
        Dossier.class,
        Kind.MISSING_FIELD,
        "$ (line 1, column 1): a dossier needs the field \"formatVersion\"");
  }

  @Test
  void unknownFieldIsRefusedByDefault() {
    assertError(
        "{\"id\":\"ru\",\"kind\":\"state\",\"name\":\"Russia\",\"country\":\"RU\",\"capital\":\"Moscow\"}",
        Party.class,
        Kind.UNKNOWN_FIELD,
        "$ (line 1, column 58): unknown field \"capital\" in a party; its fields are id, kind, name, otherNames,"
            + " country, recognition, began, ended, predecessors, partOf, members, identifiers, sources, claims");
    assertError(
        "{\"formatVersion\":\"1.0\",\"wars\":[]}",
        Dossier.class,
        Kind.UNKNOWN_FIELD,
        "$ (line 1, column 24): unknown field \"wars\" in a dossier; its fields are formatVersion, parties, leaders,"
            + " topics, statements, conversations, agreements, talks, visits");
  }

  @Test
  void unknownFieldIsSkippedWhenAsked() {
    EntenteJson lenient = EntenteJson.builder().ignoreUnknownFields(true).build();

    Party party =
        lenient.read(
            "{\"id\":\"ru\",\"kind\":\"state\",\"name\":\"Russia\",\"capital\":{\"city\":[\"Moscow\"]},\"country\":\"RU\"}",
            Party.class);
    Dossier dossier =
        lenient.readDossier(
            "{\"formatVersion\":\"1.1\",\"wars\":[{}],\"parties\":[" + RUSSIA + "]}");

    assertThat(party).isEqualTo(JSON.read(RUSSIA, Party.class));
    assertThat(dossier.parties()).containsExactly(party);
  }

  @Test
  void duplicateKey() {
    assertError(
        "{\"id\":\"ru\",\"kind\":\"state\",\"name\":\"Russia\",\"name\":\"Russland\",\"country\":\"RU\"}",
        Party.class,
        Kind.DUPLICATE_KEY,
        "$ (line 1, column 43): the key \"name\" appears twice in a party");
    assertError(
        "{\"formatVersion\":\"1.0\",\"formatVersion\":\"1.0\"}",
        Dossier.class,
        Kind.DUPLICATE_KEY,
        "$ (line 1, column 24): the key \"formatVersion\" appears twice in the dossier");
    assertError(
        "{\"id\":\"ru\",\"kind\":\"state\",\"name\":\"Russia\",\"country\":\"RU\",\"identifiers\":{\"wikidata\":\"Q159\",\"wikidata\":\"Q1\"}}",
        Party.class,
        Kind.DUPLICATE_KEY,
        "$.identifiers (line 1, column 91): the key \"wikidata\" appears twice in this object");
  }

  @Test
  void invalidDate() {
    assertError(
        statementAt("2021-02-30"),
        Statement.class,
        Kind.INVALID_VALUE,
        "$.when (line 1, column 44): \"2021-02-30\" is not a valid date or time: Text '2021-02-30' could not be"
            + " parsed: Invalid date 'FEBRUARY 30'");
    assertError(
        statementAt("2021-12-30T15:35"),
        Statement.class,
        Kind.INVALID_VALUE,
        "$.when (line 1, column 44): \"2021-12-30T15:35\" has no UTC offset: a moment needs one, such as"
            + " \"2021-12-30T15:35Z\" or \"2021-12-30T15:35-05:00\"");
  }

  private static String statementAt(String when) {
    return "{\"id\":\"s\",\"kind\":\"readout\",\"by\":\"x\",\"when\":\""
        + when
        + "\",\"summary\":\"s\"}";
  }

  @Test
  void invalidDuration() {
    assertError(
        callWhen("{\"start\":\"2021-12-30\",\"duration\":\"50 minutes\"}", "phone-call"),
        Conversation.class,
        Kind.INVALID_VALUE,
        "$.when.duration (line 1, column 96): \"50 minutes\" is not a duration: write it as ISO 8601 hours, minutes and"
            + " seconds, such as \"PT50M\", \"PT1H30M\" or \"PT0.5S\"");
    assertError(
        callWhen(
            "{\"start\":\"2021-12-30T15:35-05:00\",\"end\":\"2021-12-30T16:25-05:00\",\"duration\":\"PT1H\"}",
            "phone-call"),
        Conversation.class,
        Kind.INVALID_VALUE,
        "$.when (line 1, column 63): duration PT1H contradicts start 2021-12-30T15:35-05:00 and end"
            + " 2021-12-30T16:25-05:00, which are PT50M apart");
  }

  private static String callWhen(String when, String mode) {
    return "{\"id\":\"c\",\"mode\":\""
        + mode
        + "\",\"participants\":[\"a\",\"b\"],\"when\":"
        + when
        + "}";
  }

  @Test
  void elementOfTheWrongTypeAtItsIndex() {
    assertError(
        "{\"id\":\"c\",\"mode\":\"phone-call\",\"participants\":[\"a\",\"b\",3],\"when\":{\"start\":\"2021\"}}",
        Conversation.class,
        Kind.WRONG_TYPE,
        "$.participants[2] (line 1, column 55): expected an id string but found a number");
  }

  @Test
  void unknownWord() {
    assertError(
        callWhen("{\"start\":\"2021-12-30\"}", "phone"),
        Conversation.class,
        Kind.INVALID_VALUE,
        "$.mode (line 1, column 18): \"phone\" is not one of phone-call, video-call, in-person-meeting");
    assertError(
        callWhen("{\"start\":\"2021-12-30\"}", "PHONE_CALL"),
        Conversation.class,
        Kind.INVALID_VALUE,
        "$.mode (line 1, column 18): \"PHONE_CALL\" is not one of phone-call, video-call, in-person-meeting");
  }

  @Test
  void invalidCountryCode() {
    assertError(
        RUSSIA.replace("\"RU\"", "\"RUS\""),
        Party.class,
        Kind.INVALID_VALUE,
        "$.country (line 1, column 53): \"RUS\" is not a country code: a current country has its ISO"
            + " 3166-1 alpha-2 code (two upper-case letters, such as \"RU\"), a former one its ISO"
            + " 3166-3 code (four, such as \"SUHH\" for the USSR); a state older than the codes has"
            + " none, and is named by an identifier instead");
  }

  @Test
  void recordBreakingItsOwnRule() {
    assertError(
        "{\"id\":\"c\",\"mode\":\"phone-call\",\"participants\":[\"a\",\"b\"],\"initiator\":\"z\",\"when\":{\"start\":\"2021-12-30\"}}",
        Conversation.class,
        Kind.INVALID_RECORD,
        "$.initiator (line 1, column 1): Conversation \"c\": initiator \"z\" is not one of the participants [a, b]");
  }

  @Test
  void everyUnknownReferenceOfAFileInOneError() {
    String json =
        "{\"formatVersion\":\"1.0\",\n\"parties\":["
            + RUSSIA
            + "],\n\"leaders\":[\n"
            + "{\"id\":\"putin\",\"name\":\"Putin\",\"offices\":[{\"party\":\"russia\",\"role\":\"head-of-state\"}]},\n"
            + "{\"id\":\"biden\",\"name\":\"Biden\",\"offices\":[{\"party\":\"us\",\"role\":\"head-of-state\"}]}]}";

    assertThatThrownBy(() -> JSON.readDossier(json))
        .isInstanceOfSatisfying(
            EntenteJsonException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(Kind.INVALID_DOSSIER);
              assertThat(e.path()).isEqualTo("$.leaders[0].offices[0].party");
              assertThat(e.line()).isEqualTo(4);
              assertThat(e.problems())
                  .extracting(Problem::recordId)
                  .containsExactly("putin", "biden");
            })
        .hasMessage(
            """
            $.leaders[0].offices[0].party (line 4, column 1): the dossier has 2 problems across records:
              $.leaders[0].offices[0].party (leader at line 4): no record has id "russia"
              $.leaders[1].offices[0].party (leader at line 5): no record has id "us\"""");
  }

  /**
   * Records that start mid-line, after characters of two and three bytes, in two sections, with the
   * last record of a section at fault: the paths, lines and columns are the same whether the input
   * is text, UTF-8 bytes or read by an application's own mapper.
   */
  @Test
  void problemsAcrossRecordsArePlacedAtTheirRecordsInEverySection() {
    String json =
        "{\"formatVersion\":\"1.0\",\"parties\":["
            + RUSSIA
            + ",\n  {\"id\":\"fr\",\"kind\":\"state\",\"name\":\"Françe →\",\"country\":\"FR\"},"
            + " {\"id\":\"x\",\"kind\":\"forum\",\"name\":\"X\",\"predecessors\":[\"nobody\"]}],\n"
            + "\"leaders\":[{\"id\":\"el\",\"name\":\"É\",\"offices\":[{\"party\":\"ru\",\"role\":\"head-of-state\"}]},"
            + " {\"id\":\"z\",\"name\":\"Z\",\"offices\":[{\"party\":\"zz\",\"role\":\"head-of-state\"}]}]}";
    String message =
        """
        $.parties[2].predecessors[0] (line 2, column 64): the dossier has 2 problems across records:
          $.parties[2].predecessors[0] (party at line 2): no record has id "nobody"
          $.leaders[1].offices[0].party (leader at line 3): no record has id "zz\"""";

    assertError(json, Dossier.class, Kind.INVALID_DOSSIER, message);
    assertThatThrownBy(
            () -> AnyValue.read(JSON, json.getBytes(StandardCharsets.UTF_8), Dossier.class))
        .isInstanceOf(EntenteJsonException.class)
        .hasMessage(message);
    JsonMapper mapper = JsonMapper.builder().addModule(new EntenteModule()).build();
    assertThatThrownBy(() -> mapper.readValue(json, Dossier.class))
        .isInstanceOf(EntenteJsonException.class)
        .hasMessage(message);
  }

  @Test
  void newerMajorVersion() {
    assertError(
        "{\"formatVersion\":\"2.0\",\"parties\":[]}",
        Dossier.class,
        Kind.UNSUPPORTED_VERSION,
        "$.formatVersion (line 1, column 18): this dossier has format version 2.0; this library reads versions 1.x and"
            + " writes 1.0");
    assertError(
        "{\"formatVersion\":\"one\"}",
        Dossier.class,
        Kind.INVALID_VALUE,
        "$.formatVersion (line 1, column 18): \"one\" is not a format version such as \"1.0\": major.minor, two"
            + " numbers without leading zeros");
  }

  @Test
  void tooDeepNesting() {
    EntenteJson lenient = EntenteJson.builder().ignoreUnknownFields(true).build();

    assertError(
        lenient,
        "{\"formatVersion\":\"1.0\",\"x\":" + "[".repeat(100) + "]".repeat(100) + "}",
        Dossier.class,
        Kind.LIMIT_EXCEEDED,
        "$.x (line 1, column 59): the input is beyond a limit: Document nesting depth (33) exceeds the maximum allowed"
            + " (32)");
  }

  @Test
  void overLongString() {
    assertError(
        EntenteJson.builder().maxStringLength(100).build(),
        RUSSIA.replace("\"Russia\"", "\"" + "a".repeat(200) + "\""),
        Party.class,
        Kind.LIMIT_EXCEEDED,
        "$.name (line 1, column 34): the input is beyond a limit: String value length (200) exceeds the maximum allowed"
            + " (100)");
  }

  @Test
  void overLongNumber() {
    assertError(
        EntenteJson.builder().maxStringLength(50).build(),
        RUSSIA.replace("\"Russia\"", "1".repeat(100)),
        Party.class,
        Kind.LIMIT_EXCEEDED,
        "$ (line 1, column 34): the input is beyond a limit: Number value length (100) exceeds the maximum allowed (50)");
  }

  @Test
  void overLongName() {
    assertError(
        "{\"" + "n".repeat(300) + "\":\"x\"}",
        Party.class,
        Kind.LIMIT_EXCEEDED,
        "$ (line 1, column 2): the input is beyond a limit: Name length (300) exceeds the maximum allowed (256)");
  }

  @Test
  void overLongDocument() {
    assertError(
        EntenteJson.builder().maxDocumentLength(50).build(),
        "{\"formatVersion\":\"1.0\",\"parties\":[" + RUSSIA + "]}",
        Dossier.class,
        Kind.LIMIT_EXCEEDED,
        "$ (line 1, column 51): the input is beyond a limit: the document is longer than 50 characters");
  }

  @Test
  void nonStandardJson() {
    assertError(
        "{\"formatVersion\":\"1.0\" /* c */}",
        Dossier.class,
        Kind.MALFORMED_JSON,
        "$ (line 1, column 24): not valid JSON: Unexpected character ('/' (code 47)): maybe a (non-standard) comment?");
    assertError(
        "{\"formatVersion\":\"1.0\",}",
        Dossier.class,
        Kind.MALFORMED_JSON,
        "$ (line 1, column 24): not valid JSON: Unexpected character ('}' (code 125)): was expecting double-quote to start"
            + " property name");
  }

  @Test
  void exposesWhereAndWhatSeparately() {
    assertThatThrownBy(() -> JSON.read(RUSSIA.replace("\"RU\"", "\"XX\""), Party.class))
        .isInstanceOfSatisfying(
            EntenteJsonException.class,
            e -> {
              assertThat(e.path()).isEqualTo("$.country");
              assertThat(e.line()).isEqualTo(1);
              assertThat(e.column()).isEqualTo(53);
              assertThat(e.reason()).startsWith("\"XX\" is not a country code:");
              assertThat(e.problems()).isEmpty();
            });
  }

  @Test
  void refusesTheTypeOfEveryRecordRatherThanAKindOfRecord() {
    assertThatThrownBy(() -> JSON.read("{}", DossierRecord.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "dev.entente.DossierRecord has no JSON form of its own; these do: Dossier, Party, Leader, Topic, Statement,"
                + " Conversation, Agreement, Talks, Visit");
  }
}
