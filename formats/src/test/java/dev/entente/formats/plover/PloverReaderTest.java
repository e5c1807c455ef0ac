package dev.entente.formats.plover;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.Conversation;
import dev.entente.Dossier;
import dev.entente.DossierRecord;
import dev.entente.PlacePrecision;
import dev.entente.RecordKind;
import dev.entente.Visit;
import dev.entente.formats.RealData;
import dev.entente.testing.December2021;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PloverReaderTest {
  @Test
  void readsTheDecemberCallsBackAsTheyWereWithoutWhatPloverHasNoFieldFor() {
    Dossier december = December2021.dossier();
    PloverImport read =
        PloverReader.read(new StringReader(PloverExport.of(december).toJsonLines()), december);

    assertThat(read.lines()).isEqualTo(9);
    assertThat(read.records()).hasSize(2);
    assertThat(read.skipped())
        .hasSize(7)
        .allSatisfy(
            s ->
                assertThat(s.reason())
                    .startsWith("event [AGREE]: only CONSULT events are read back"));
    assertThat(read.partsNotKept()).isEmpty();
    for (DossierRecord record : read.records()) {
      Conversation original = december.find(record.id(), Conversation.class).orElseThrow();
      assertThat(record).isEqualTo(withoutWhatPloverLoses(original));
    }
  }

  @Test
  void readsEveryVisitAndTripOfTheOfficeOfTheHistorianBack() {
    Dossier history = RealData.dossier();
    PloverImport read =
        PloverReader.read(new StringReader(PloverExport.of(history).toJsonLines()), history);

    assertThat(read.lines()).isEqualTo(7_535);
    assertThat(read.skipped()).isEmpty();
    assertThat(read.partsNotKept()).isEmpty();
    assertThat(read.records()).hasSize(7_535);
    int severalPlaces = 0;
    for (DossierRecord record : read.records()) {
      Visit original = history.find(record.id(), Visit.class).orElseThrow();
      if (original.places().size() > 1) {
        severalPlaces++;
        assertThat(((Visit) record).places()).containsExactly(original.places().get(0));
      } else {
        assertThat(record).isEqualTo(original);
      }
    }
    assertThat(severalPlaces).isLessThan(read.records().size() / 10);
    Dossier again =
        Dossier.builder()
            .addAll(history.records(RecordKind.PARTY))
            .addAll(history.records(RecordKind.LEADER))
            .addAll(history.records(RecordKind.STATEMENT))
            .addAll(read.records())
            .build();
    assertThat(again.visits()).hasSameSizeAs(history.visits());
  }

  @Test
  void readsAVisitOfAnotherCoderByItsWikidataIdsAndSaysWhichPartsItDoesNotKeep() {
    Dossier december = December2021.dossier();
    String polecat =
        "{\"id\":\"20211230-1\",\"date\":\"2021-12-30\",\"actor\":[{\"code\":\"USA\","
            + "\"identifier_id\":\"Q6279\"}],\"recipient\":[{\"code\":\"RUS\",\"identifier_id\":"
            + "\"Q159\"}],\"event\":[\"CONSULT\"],\"mode\":[\"visit\"],\"event_loc\":{"
            + "\"resolved_place\":\"Moscow\",\"city\":\"Moscow\",\"country_code\":\"RUS\","
            + "\"lat\":55.75,\"lon\":37.62,\"geonameid\":524901,\"resolution\":4},"
            + "\"cite_info\":{\"url\":\"https://example.org/story\"}}";

    PloverImport read = PloverReader.read(new StringReader(polecat), december);

    Visit visit = (Visit) read.records().get(0);
    assertThat(visit.id()).isEqualTo("20211230-1");
    assertThat(visit.visitors()).containsExactly("biden");
    assertThat(visit.host()).isEqualTo("ru");
    assertThat(visit.kind()).isEmpty();
    assertThat(visit.places().get(0).localities()).containsExactly("Moscow");
    assertThat(visit.places().get(0).identifiers()).containsEntry("geonames", "524901");
    assertThat(visit.places().get(0).precision()).contains(PlacePrecision.LOCALITY);
    assertThat(read.partsNotKept()).hasSize(1);
    assertThat(read.partsNotKept().get(0))
        .hasToString("line 1: event 20211230-1: cite_info: no citation");
  }

  @Test
  void listsEveryLineItCannotReadWithItsNumberAndWhy() {
    Dossier december = December2021.dossier();
    String lines =
        """
        {"id":"a","date":"2021-12-30","actor":[{"code":"USA"}],"event":["CONSULT"],"mode":["phone"]}

        {"id":"b","date":"2021-12-30","actor":[{"identifier_id":"Q1"}],"recipient":[{"entente_id":"ru"}],"event":["CONSULT"],"mode":["visit"]}
        {"id":"c","id":"d"}
        not json
        {"id":"e","date":"2021-13-01","actor":[{"entente_id":"biden"}],"recipient":[{"entente_id":"ru"}],"event":["CONSULT"],"mode":["visit"]}
        {"id":"f","date":"2021-12-01","actor":[{"entente_id":"biden"}],"recipient":[{"entente_id":"putin"}],"event":["CONSULT"],"mode":["visit"]}
        {"id":"g","date":"2021-12-01","actor":[{"entente_id":"biden"}],"event":["CONSULT"],"mode":["phone"],"entente_kind":"conversation","entente_mode":"telegram"}
        [1]
        {"id":"h","date":"2021-12-01","actor":[{"entente_id":"biden"}],"event":["CONSULT"],"mode":["phone"],"entente_kind":"conversation"}
        """;

    PloverImport read = PloverReader.read(new StringReader(lines), december);

    assertThat(read.lines()).isEqualTo(9);
    assertThat(read.records()).isEmpty();
    assertThat(read.skipped())
        .extracting(Object::toString)
        .containsExactly(
            "line 1: event a: a CONSULT event of mode [phone] is read back only as a visit (mode"
                + " visit) or as a conversation this library wrote (entente_kind conversation):"
                + " PLOVER's phone mode does not say which kind of call",
            "line 3: event b: actor 1: no leader or party of the given dossier has the Wikidata id Q1",
            "line 4: event ?: not JSON: Duplicate Object property \"id\"",
            "line 5: event ?: not JSON: Unrecognized token 'not': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')",
            "line 6: event e: dates: \"2021-13-01\" is not a valid date or time: Text '2021-13-01' could not be parsed: Invalid value for MonthOfYear (valid values 1 - 12): 13",
            "line 7: event f: recipient: no party, and a visit needs its host party",
            "line 8: event g: entente_mode: \"telegram\" is none of [phone-call, video-call, in-person-meeting]",
            "line 9: event ?: a line must hold one JSON object",
            "line 10: event h: a conversation needs its entente_mode, one of [phone-call,"
                + " video-call, in-person-meeting]");
  }

  private static Conversation withoutWhatPloverLoses(Conversation original) {
    return Conversation.builder()
        .from(original)
        .initiator(Optional.empty())
        .subjects(List.of())
        .mainSubject(Optional.empty())
        .positions(List.of())
        .characterisations(List.of())
        .follows(List.of())
        .sources(original.sources().subList(0, 1))
        .claims(List.of())
        .build();
  }
}
