package dev.entente.formats.icalendar;

import dev.entente.Conversation;
import dev.entente.Dossier;
import dev.entente.DossierRecord;
import dev.entente.Place;
import dev.entente.Span;
import dev.entente.Statement;
import dev.entente.Talks;
import dev.entente.TalksStatus;
import dev.entente.TimePoint;
import dev.entente.Visit;
import dev.entente.formats.NotExported;
import dev.entente.formats.internal.Engagements;
import dev.entente.formats.internal.Iso3166;
import dev.entente.formats.internal.Names;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The calendar events of a dossier's engagements, and the engagements that make none; written as
 * one {@code VCALENDAR}.
 */
final class CalendarEvents {
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("uuuuMMdd", Locale.ROOT);
  private static final DateTimeFormatter LOCAL_TIME =
      DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss", Locale.ROOT);

  private final Dossier dossier;
  private final Names names;
  private final List<Event> events = new ArrayList<>();
  private final List<NotExported> notExported = new ArrayList<>();

  /** One {@code VEVENT}, without the UID's domain and the stamp, which come when it is written. */
  private record Event(
      String id,
      String summary,
      @Nullable String description,
      Span when,
      String status,
      int sequence,
      @Nullable Place place,
      @Nullable String url,
      String category) {}

  CalendarEvents(Dossier dossier, List<DossierRecord> engagements) {
    this.dossier = dossier;
    this.names = new Names(dossier);
    for (DossierRecord record : engagements) {
      Span when = Engagements.when(record).orElseThrow();
      TimePoint start = when.start();
      if (start.precision().compareTo(TimePoint.Precision.DAY) < 0 || start.bound().isPresent()) {
        notExported.add(
            new NotExported(
                record.id(),
                "starts "
                    + start
                    + ", which is no calendar day: a calendar event needs the day it starts"));
      } else {
        events.add(event(record, when));
      }
    }
  }

  int count() {
    return events.size();
  }

  List<NotExported> notExported() {
    return List.copyOf(notExported);
  }

  private Event event(DossierRecord record, Span when) {
    String url = url(record);
    if (record instanceof Talks talks) {
      List<String> agenda = talks.agenda().stream().map(names::of).toList();
      return new Event(
          talks.id(),
          names.title(talks),
          agenda.isEmpty() ? null : "Agenda: " + String.join("; ", agenda),
          when,
          status(talks.status()),
          talks.previousDates().size(),
          talks.venue().orElse(null),
          url,
          "talks");
    }
    if (record instanceof Visit visit) {
      return new Event(
          visit.id(),
          names.title(visit),
          visit.description().orElse(null),
          when,
          "CONFIRMED",
          0,
          visit.places().isEmpty() ? null : visit.places().get(0),
          url,
          "visit");
    }
    Conversation call = (Conversation) record;
    return new Event(
        call.id(),
        names.title(call),
        call.purpose().orElse(null),
        when,
        "CONFIRMED",
        0,
        call.place().orElse(null),
        url,
        "conversation");
  }

  private static String status(TalksStatus status) {
    return switch (status) {
      case ANNOUNCED, POSTPONED -> "TENTATIVE";
      case CANCELLED -> "CANCELLED";
      case SCHEDULED, RESCHEDULED, HELD -> "CONFIRMED";
    };
  }

  private @Nullable String url(DossierRecord record) {
    for (String source : record.sources()) {
      Optional<Statement> statement = dossier.find(source, Statement.class);
      if (statement.isPresent() && statement.get().url().isPresent()) {
        return statement.get().url().get().toString();
      }
    }
    return null;
  }

  String write(String uidDomain, Instant stamp) {
    ContentLines lines = new ContentLines();
    lines
        .line("BEGIN", "VCALENDAR")
        .line("VERSION", "2.0")
        .line("PRODID", "-//Entente//Entente formats//EN")
        // No METHOD: a file to import, not an iTIP message (which would need an ORGANIZER).
        .line("CALSCALE", "GREGORIAN");
    TreeSet<ZoneOffset> offsets = new TreeSet<>();
    for (Event event : events) {
      if (allDay(event.when())) {
        continue;
      }
      offsets.add(event.when().start().moment().orElseThrow().getOffset());
      event.when().end().flatMap(TimePoint::moment).ifPresent(end -> offsets.add(end.getOffset()));
    }
    offsets.remove(ZoneOffset.UTC);
    for (ZoneOffset offset : offsets) {
      timeZone(lines, offset);
    }
    String stamped = LOCAL_TIME.format(stamp.atOffset(ZoneOffset.UTC)) + "Z";
    for (Event event : events) {
      lines
          .line("BEGIN", "VEVENT")
          .text("UID", event.id() + "@" + uidDomain)
          .line("DTSTAMP", stamped);
      times(lines, event.when());
      lines.text("SUMMARY", event.summary());
      if (event.description() != null) {
        lines.text("DESCRIPTION", event.description());
      }
      if (event.place() != null) {
        place(lines, event.place());
      }
      lines.line("STATUS", event.status()).line("SEQUENCE", Integer.toString(event.sequence()));
      lines.text("CATEGORIES", event.category());
      if (event.url() != null) {
        lines.line("URL", event.url());
      }
      lines.line("END", "VEVENT");
    }
    return lines.line("END", "VCALENDAR").toString();
  }

  /** A record is an all-day event unless both its start and its end (if any) are moments. */
  private static boolean allDay(Span when) {
    return !when.start().isMoment() || when.end().filter(end -> !end.isMoment()).isPresent();
  }

  private static void times(ContentLines lines, Span when) {
    TimePoint start = when.start();
    TimePoint end = when.end().orElse(null);
    if (allDay(when)) {
      lines.line("DTSTART;VALUE=DATE", DATE.format(day(start)));
      if (end != null
          && end.precision().compareTo(TimePoint.Precision.DAY) >= 0
          && end.bound().isEmpty()) {
        lines.line("DTEND;VALUE=DATE", DATE.format(day(end).plusDays(1)));
      }
      // An all-day event's DURATION counts whole days (RFC 5545, 3.8.2.5): hours are kept here.
      when.duration().ifPresent(length -> lines.line("X-ENTENTE-DURATION", length.toString()));
    } else {
      dateTime(lines, "DTSTART", start.moment().orElseThrow());
      if (end != null) {
        dateTime(lines, "DTEND", end.moment().orElseThrow());
      } else if (when.duration().isPresent()) {
        lines.line("DURATION", when.duration().get().toString());
      }
    }
    if (!plain(start)) {
      lines.text("X-ENTENTE-START", start.toString());
    }
    if (end != null && !plain(end)) {
      lines.text("X-ENTENTE-END", end.toString());
    }
  }

  /** A day or a moment with no qualifier or bound: what a calendar's dates say exactly. */
  private static boolean plain(TimePoint point) {
    return point.isCertain() && point.precision().compareTo(TimePoint.Precision.DAY) >= 0;
  }

  /** The local date of a day, or of a moment at its own offset. */
  private static LocalDate day(TimePoint point) {
    return point.moment().map(OffsetDateTime::toLocalDate).orElse(point.asStated().firstDay());
  }

  private static void dateTime(ContentLines lines, String name, OffsetDateTime moment) {
    if (moment.getOffset().equals(ZoneOffset.UTC)) {
      lines.line(name, LOCAL_TIME.format(moment) + "Z");
    } else {
      lines.line(name + ";TZID=" + zoneId(moment.getOffset()), LOCAL_TIME.format(moment));
    }
  }

  /** A time zone of one fixed offset, as the source gave it: {@code UTC-0500}. */
  private static void timeZone(ContentLines lines, ZoneOffset offset) {
    String utcOffset = offset.getId().replace(":", "");
    lines
        .line("BEGIN", "VTIMEZONE")
        .line("TZID", zoneId(offset))
        .line("BEGIN", "STANDARD")
        .line("DTSTART", "19700101T000000")
        .line("TZOFFSETFROM", utcOffset)
        .line("TZOFFSETTO", utcOffset)
        .text("TZNAME", zoneId(offset))
        .line("END", "STANDARD")
        .line("END", "VTIMEZONE");
  }

  /** A number as RFC 5545's float: digits with a sign and a point, never an exponent. */
  private static String decimal(double value) {
    return BigDecimal.valueOf(value).toPlainString();
  }

  private static String zoneId(ZoneOffset offset) {
    return "UTC" + offset.getId().replace(":", "");
  }

  private static void place(ContentLines lines, Place place) {
    List<String> parts = new ArrayList<>();
    place.venue().ifPresent(parts::add);
    parts.addAll(place.localities());
    place.country().map(Iso3166::name).ifPresent(parts::add);
    if (!parts.isEmpty()) {
      lines.text("LOCATION", String.join(", ", parts));
    }
    place
        .coordinates()
        .ifPresent(c -> lines.line("GEO", decimal(c.latitude()) + ";" + decimal(c.longitude())));
  }
}
