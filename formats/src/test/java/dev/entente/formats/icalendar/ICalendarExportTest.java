package dev.entente.formats.icalendar;

import static dev.entente.testing.MinimalRecords.leader;
import static dev.entente.testing.MinimalRecords.state;
import static dev.entente.testing.MinimalRecords.talks;
import static dev.entente.testing.MinimalRecords.visit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entente.Conversation;
import dev.entente.Coordinates;
import dev.entente.CountryCode;
import dev.entente.Dossier;
import dev.entente.Place;
import dev.entente.Span;
import dev.entente.Talks;
import dev.entente.TalksStatus;
import dev.entente.TimePoint;
import dev.entente.Visit;
import dev.entente.formats.NotExported;
import dev.entente.formats.RealData;
import dev.entente.testing.December2021;
import dev.entente.testing.DossierGenerator;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/** Each export is parsed back and validated by ical4j, the field's iCalendar library. */
class ICalendarExportTest {
  private static final Instant STAMP = Instant.parse("2026-12-01T09:00:00Z");

  @Test
  void exportsTheDecember2021TalksAndCallsAsEventsThatIcal4jParsesAndValidates() throws Exception {
    ICalendarExport export = ICalendarExport.of(December2021.dossier()).stampedAt(STAMP);
    Calendar calendar = parsed(export);

    assertThat(calendar.validate().hasErrors()).as(calendar.validate().toString()).isFalse();
    assertThat(events(calendar)).hasSize(5).hasSize(export.eventCount());
    assertThat(export.notExported()).isEmpty();
    assertThat(events(calendar))
        .extracting(e -> value(e, Property.UID))
        .containsExactly(
            "video-call-2021-12-07@entente.invalid",
            "phone-call-2021-12-30@entente.invalid",
            "talks-2022-01-10-geneva@entente.invalid",
            "talks-2022-01-12-brussels@entente.invalid",
            "talks-2022-01-13-vienna@entente.invalid");
  }

  @Test
  void startsThePhoneCallAtItsMomentInTheOffsetTheSourceGave() throws Exception {
    VEvent call =
        event(parsed(ICalendarExport.of(December2021.dossier())), "phone-call-2021-12-30");

    Temporal start = call.getDateTimeStart().getDate();
    Temporal end = call.getDateTimeEnd().getDate();
    assertThat(Instant.from(start)).isEqualTo(Instant.parse("2021-12-30T20:35:00Z"));
    assertThat(Instant.from(end)).isEqualTo(Instant.parse("2021-12-30T21:25:00Z"));
    assertThat(call.getDateTimeStart().getParameter("TZID").orElseThrow().getValue())
        .isEqualTo("UTC-0500");
    assertThat(value(call, Property.SUMMARY)).isEqualTo("Phone call: Vladimir Putin, Joe Biden");
    assertThat(value(call, Property.STATUS)).isEqualTo("CONFIRMED");
    assertThat(value(call, Property.SEQUENCE)).isEqualTo("0");
  }

  @Test
  void makesADayAnAllDayEventAndKeepsItsHoursApart() throws Exception {
    Calendar calendar = parsed(ICalendarExport.of(December2021.dossier()));
    VEvent video = event(calendar, "video-call-2021-12-07");
    VEvent geneva = event(calendar, "talks-2022-01-10-geneva");

    assertThat(video.getDateTimeStart().getDate()).isEqualTo(LocalDate.of(2021, 12, 7));
    assertThat(value(video, "X-ENTENTE-DURATION")).isEqualTo("PT2H");
    assertThat(geneva.getDateTimeStart().getDate()).isEqualTo(LocalDate.of(2022, 1, 10));
    assertThat(geneva.getProperty(Property.DTEND)).isEmpty();
    assertThat(value(geneva, Property.LOCATION)).isEqualTo("Geneva, Switzerland");
    assertThat(value(geneva, Property.STATUS)).isEqualTo("CONFIRMED");
    assertThat(value(geneva, Property.CATEGORIES)).isEqualTo("talks");
  }

  @Test
  void raisesTheSequenceOnEachRescheduleAndGivesEachStatusItsWord() throws Exception {
    Place geneva =
        Place.builder()
            .venue("Palais des Nations")
            .addLocality("Geneva")
            .country(CountryCode.of("CH"))
            .coordinates(Coordinates.of(46.2267, 6.1404))
            .build();
    Dossier dossier =
        Dossier.builder()
            .add(state("ru", "RU").build())
            .add(state("us", "US").build())
            .add(
                talks("moved-twice", "ru", "us")
                    .status(TalksStatus.RESCHEDULED)
                    .when(Span.of(TimePoint.parse("2022-03-01"), TimePoint.parse("2022-03-02")))
                    .addPreviousDates(Span.of(TimePoint.parse("2022-01-10")))
                    .addPreviousDates(Span.of(TimePoint.parse("2022-02-01")))
                    .venue(geneva)
                    .build())
            .add(talks("announced", "ru", "us").status(TalksStatus.ANNOUNCED).build())
            .add(talks("called-off", "ru", "us").status(TalksStatus.CANCELLED).build())
            .build();
    Calendar calendar = parsed(ICalendarExport.of(dossier));

    assertThat(calendar.validate().hasErrors()).as(calendar.validate().toString()).isFalse();
    VEvent moved = event(calendar, "moved-twice");
    assertThat(value(moved, Property.SEQUENCE)).isEqualTo("2");
    assertThat(value(moved, Property.STATUS)).isEqualTo("CONFIRMED");
    assertThat(moved.getDateTimeEnd().getDate()).isEqualTo(LocalDate.of(2022, 3, 3));
    assertThat(value(moved, Property.LOCATION))
        .isEqualTo("Palais des Nations, Geneva, Switzerland");
    assertThat(value(moved, Property.GEO)).isEqualTo("46.2267;6.1404");
    assertThat(value(event(calendar, "announced"), Property.STATUS)).isEqualTo("TENTATIVE");
    assertThat(value(event(calendar, "called-off"), Property.STATUS)).isEqualTo("CANCELLED");
  }

  @Test
  void leavesOutWhatHasNoCalendarDayAndKeepsAnUncertainDayWithItsText() throws Exception {
    Dossier dossier =
        Dossier.builder()
            .add(state("us", "US").build())
            .add(state("fr", "FR").build())
            .add(leader("envoy", "us").build())
            .add(visit("in-june", "envoy", "fr").when(Span.of(TimePoint.parse("1999-06"))).build())
            .add(
                visit("before", "envoy", "fr")
                    .when(Span.of(TimePoint.parse("[..2000-01-01]")))
                    .build())
            .add(
                visit("maybe", "envoy", "fr")
                    .when(Span.of(TimePoint.parse("2001-02-03?"), TimePoint.parse("2001-02")))
                    .build())
            .build();
    ICalendarExport export = ICalendarExport.of(dossier);
    Calendar calendar = parsed(export);

    assertThat(export.notExported())
        .containsExactly(
            new NotExported(
                "in-june",
                "starts 1999-06, which is no calendar day: a calendar event needs the day it starts"),
            new NotExported(
                "before",
                "starts [..2000-01-01], which is no calendar day: a calendar event needs the day it starts"));
    VEvent maybe = event(calendar, "maybe");
    assertThat(maybe.getDateTimeStart().getDate()).isEqualTo(LocalDate.of(2001, 2, 3));
    assertThat(maybe.getProperty(Property.DTEND)).isEmpty();
    assertThat(value(maybe, "X-ENTENTE-START")).isEqualTo("2001-02-03?");
    assertThat(value(maybe, "X-ENTENTE-END")).isEqualTo("2001-02");
  }

  @Test
  void foldsLongLinesAtSeventyFiveOctetsAndEscapesText() throws Exception {
    String description = "Réunion, à Genève; \"long\" text\\ with ünïcödé — ".repeat(8) + "\nend";
    Dossier dossier =
        Dossier.builder()
            .add(state("us", "US").build())
            .add(state("fr", "FR").build())
            .add(leader("envoy", "us").build())
            .add(visit("long", "envoy", "fr").description(description).build())
            .build();
    ICalendarExport export =
        ICalendarExport.of(dossier).withUidDomain("news.example.org").stampedAt(STAMP);
    String text = export.toICalendar();

    assertThat(text.split("\r\n", -1))
        .allSatisfy(
            line ->
                assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                    .isLessThanOrEqualTo(75));
    assertThat(text).doesNotContain("\n\n").endsWith("END:VCALENDAR\r\n");
    VEvent visit = event(parsed(export), "long");
    assertThat(value(visit, Property.DESCRIPTION)).isEqualTo(description);
    assertThat(value(visit, Property.UID)).isEqualTo("long@news.example.org");
    assertThat(value(visit, Property.DTSTAMP)).isEqualTo("20261201T090000Z");
    assertThat(export.toICalendar()).isEqualTo(text);
    assertThatThrownBy(() -> export.withUidDomain("not a domain"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("\"not a domain\" is not a domain name, such as news.example.org");
  }

  @Test
  void exportsEveryVisitAndTripOfTheOfficeOfTheHistorianWithAStableUniqueUid() throws Exception {
    ICalendarExport export = ICalendarExport.of(RealData.dossier()).stampedAt(STAMP);
    Calendar calendar = parsed(export);

    List<VEvent> events = events(calendar);
    assertThat(events).hasSize(export.eventCount());
    assertThat(export.eventCount() + export.notExported().size()).isEqualTo(7_535);
    assertThat(export.notExported()).isEmpty();
    Set<String> uids = new HashSet<>();
    for (VEvent event : events) {
      assertThat(uids.add(value(event, Property.UID))).isTrue();
      assertThat(event.getProperty(Property.DTSTART)).isPresent();
    }
    assertThat(calendar.validate().hasErrors()).as(calendar.validate().toString()).isFalse();
    assertThat(ICalendarExport.of(RealData.dossier()).stampedAt(STAMP).toICalendar())
        .isEqualTo(export.toICalendar());
  }

  private static Calendar parsed(ICalendarExport export) throws Exception {
    return new CalendarBuilder().build(new StringReader(export.toICalendar()));
  }

  private static List<VEvent> events(Calendar calendar) {
    return calendar.getComponents(net.fortuna.ical4j.model.Component.VEVENT);
  }

  private static VEvent event(Calendar calendar, String id) {
    return events(calendar).stream()
        .filter(e -> value(e, Property.UID).startsWith(id + "@"))
        .findFirst()
        .orElseThrow();
  }

  private static String value(VEvent event, String property) {
    return event
        .getProperty(property)
        .orElseThrow(() -> new AssertionError("no " + property))
        .getValue();
  }

  @Test
  void exportsGeneratedDossiersWithEveryFieldAsCalendarsIcal4jValidates() throws Exception {
    for (long seed = 1; seed <= 3; seed++) {
      Dossier dossier = DossierGenerator.withSeed(seed).size(300).dossier();
      ICalendarExport export = ICalendarExport.of(dossier).stampedAt(STAMP);
      Calendar calendar = parsed(export);

      assertThat(calendar.validate().hasErrors()).as(calendar.validate().toString()).isFalse();
      assertThat(events(calendar)).hasSize(export.eventCount());
      long engagements =
          dossier.records().stream()
              .filter(r -> r instanceof Talks || r instanceof Visit || r instanceof Conversation)
              .count();
      assertThat(export.eventCount() + export.notExported().size()).isEqualTo(engagements);
    }
  }
}
