package consumer;

import dev.entente.Conversation;
import dev.entente.ConversationMode;
import dev.entente.CountryCode;
import dev.entente.Dossier;
import dev.entente.Leader;
import dev.entente.Office;
import dev.entente.Party;
import dev.entente.PartyKind;
import dev.entente.Role;
import dev.entente.Span;
import dev.entente.TimePoint;
import dev.entente.formats.historian.HistorianImport;
import dev.entente.formats.icalendar.ICalendarExport;
import dev.entente.formats.plover.PloverExport;
import dev.entente.formats.plover.PloverReader;
import dev.entente.formats.schemaorg.SchemaOrgExport;
import dev.entente.formats.svg.SvgMeetingGraph;
import dev.entente.formats.svg.SvgTimeline;
import java.io.StringReader;
import dev.entente.io.EntenteJson;
import dev.entente.io.EntenteModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import tools.jackson.databind.json.JsonMapper;

/** Builds a dossier, writes and reads it with the facade and with a mapper, and says how it went. */
public final class Main {
  private Main() {}

  public static void main(String[] args) throws IOException {
    Dossier dossier =
        Dossier.builder()
            .add(Party.builder().id("ru").kind(PartyKind.STATE).name("Russia").country(CountryCode.of("RU")).build())
            .add(Party.builder().id("us").kind(PartyKind.STATE).name("United States").country(CountryCode.of("US")).build())
            .add(Leader.builder().id("putin").name("Vladimir Putin").addOffice(Office.of("ru", Role.HEAD_OF_STATE)).build())
            .add(Leader.builder().id("biden").name("Joe Biden").addOffice(Office.of("us", Role.HEAD_OF_STATE)).build())
            .add(
                Conversation.builder()
                    .id("call")
                    .mode(ConversationMode.PHONE_CALL)
                    .addParticipants("putin", "biden")
                    .when(Span.of(TimePoint.parse("2021-12-30T15:35-05:00"), Duration.ofMinutes(50)))
                    .build())
            .build();
    EntenteJson json = EntenteJson.defaults();
    String written = json.writeString(dossier);
    System.out.println("written: " + written.length() + " characters");
    System.out.println("read back: " + (json.readDossier(written).equals(dossier) ? "equal" : "different"));
    JsonMapper mapper = JsonMapper.builder().addModule(new EntenteModule()).build();
    System.out.println("mapper: " + (mapper.readValue(written, Dossier.class).equals(dossier) ? "equal" : "different"));
    System.out.println("found module: " + JsonMapper.builder().findAndAddModules().build().registeredModules().stream()
        .anyMatch(module -> module instanceof EntenteModule));
    Path visits = Files.createTempFile("visits", ".xml");
    Files.writeString(visits, "<visits><visit><id>2385</id><start-date>1959-09-15</start-date>"
        + "<end-date>1959-09-16</end-date><visitor>Premier Khrushchev</visitor>"
        + "<from id=\"russia\">U.S.S.R.</from><description>Official visit.</description>"
        + "<created-datetime>2010-10-25T16:17:47.87-04:00</created-datetime></visit></visits>");
    HistorianImport history = HistorianImport.builder().visits(visits).build();
    Files.delete(visits);
    System.out.println("historian: " + history.dossier().visits().size() + " visit from "
        + history.dossier().lineageOf("soviet-union").get(0).country().orElseThrow()
        + ", " + history.skipped().size() + " skipped");
    PloverExport plover = PloverExport.of(dossier);
    System.out.println("plover: " + plover.eventsByCategory() + ", read back "
        + PloverReader.read(new StringReader(plover.toJsonLines()), dossier).records().size());
    System.out.println("icalendar: " + ICalendarExport.of(dossier).toICalendar().lines()
        .filter(line -> line.equals("BEGIN:VEVENT")).count() + " event");
    System.out.println("schema.org: " + SchemaOrgExport.of(dossier).toJsonLd().length() + " characters");
    System.out.println("svg: " + SvgTimeline.of(dossier).toSvg().contains("data-id=\"call\"") + ", "
        + SvgMeetingGraph.of(dossier).meetings());
  }
}
