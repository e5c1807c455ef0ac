package dev.entente.formats.icalendar;

import dev.entente.Conversation;
import dev.entente.Dossier;
import dev.entente.DossierRecord;
import dev.entente.Talks;
import dev.entente.TimelineEntry;
import dev.entente.Visit;
import dev.entente.formats.NotExported;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A dossier's talks, visits and conversations as an iCalendar (RFC 5545) calendar: one {@code
 * VEVENT} each, in timeline order.
 *
 * <pre>{@code
 * ICalendarExport calendar = ICalendarExport.of(dossier).withUidDomain("news.example.org");
 * calendar.writeTo(Path.of("engagements.ics"));
 * }</pre>
 *
 * <p>Each event has a stable {@code UID} made of the record's id and a domain, so that a calendar
 * that imports the export again updates its events rather than adding them twice; {@code SEQUENCE}
 * is the number of times talks were rescheduled. A record dated to the day is an all-day event (its
 * {@code DTEND} the day after its last); one dated to the minute starts at its moment in the UTC
 * offset the source gave it, as a time zone of that fixed offset, since the model holds offsets,
 * not time zones. {@code STATUS} is {@code TENTATIVE} for announced or postponed talks, {@code
 * CANCELLED} for cancelled ones and {@code CONFIRMED} otherwise. {@code LOCATION} names the place
 * and {@code GEO} gives its coordinates. A record that is dated only to a month or a year, or whose
 * start is bounded, has no calendar day, and is listed in {@link #notExported()}; an uncertain or
 * approximate day is written at its stated day, with its exact text in {@code X-ENTENTE-START} or
 * {@code X-ENTENTE-END}; the stated length of an all-day event, which {@code DURATION} could give
 * only in whole days, is in {@code X-ENTENTE-DURATION}. The full table is in {@code
 * docs/formats.md}.
 */
public final class ICalendarExport {
  private static final Pattern DOMAIN = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?");

  private final CalendarEvents events;
  private final String uidDomain;
  private final Instant stamp;

  private ICalendarExport(CalendarEvents events, String uidDomain, Instant stamp) {
    this.events = events;
    this.uidDomain = uidDomain;
    this.stamp = stamp;
  }

  /**
   * Makes the events of a dossier, with the UID domain {@code entente.invalid} and the time of this
   * call as every event's {@code DTSTAMP}.
   *
   * @param dossier the dossier
   * @return its calendar
   */
  public static ICalendarExport of(Dossier dossier) {
    Objects.requireNonNull(dossier, "dossier");
    List<DossierRecord> engagements = new ArrayList<>();
    for (TimelineEntry entry : dossier.timeline()) {
      DossierRecord record = entry.record();
      if (record instanceof Talks || record instanceof Visit || record instanceof Conversation) {
        engagements.add(record);
      }
    }
    return new ICalendarExport(
        new CalendarEvents(dossier, engagements), "entente.invalid", Instant.now());
  }

  /**
   * Returns this calendar with UIDs in another domain, such as the publisher's: {@code
   * phone-call-2021-12-30@news.example.org}.
   *
   * @param domain a domain name
   * @return the calendar with the new domain
   * @throws IllegalArgumentException if the domain is not a domain name
   */
  public ICalendarExport withUidDomain(String domain) {
    Objects.requireNonNull(domain, "domain");
    if (!DOMAIN.matcher(domain).matches()) {
      throw new IllegalArgumentException(
          "\"" + domain + "\" is not a domain name, such as news.example.org");
    }
    return new ICalendarExport(events, domain, stamp);
  }

  /**
   * Returns this calendar with another {@code DTSTAMP}, the time the calendar was made: a fixed
   * stamp makes the output the same on every run.
   *
   * @param stamp the time
   * @return the calendar with the new stamp
   */
  public ICalendarExport stampedAt(Instant stamp) {
    return new ICalendarExport(events, uidDomain, Objects.requireNonNull(stamp, "stamp"));
  }

  /**
   * Returns how many events the calendar holds.
   *
   * @return the number of {@code VEVENT}s
   */
  public int eventCount() {
    return events.count();
  }

  /**
   * Returns the talks, visits and conversations that are not in the calendar, each with why.
   *
   * @return what was left out, in timeline order
   */
  public List<NotExported> notExported() {
    return events.notExported();
  }

  /**
   * Returns the calendar as iCalendar text, lines ended by CRLF.
   *
   * @return the text of one {@code VCALENDAR}
   */
  public String toICalendar() {
    return events.write(uidDomain, stamp);
  }

  /**
   * Writes the calendar. The writer is not closed.
   *
   * @param out where to write
   * @throws UncheckedIOException if writing fails
   */
  public void writeTo(Writer out) {
    try {
      out.write(toICalendar());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes the calendar to a file in UTF-8, replacing it.
   *
   * @param file the file, such as {@code engagements.ics}
   * @throws UncheckedIOException if writing fails
   */
  public void writeTo(Path file) {
    try {
      Files.writeString(file, toICalendar(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
