package dev.entente.formats.svg;

import dev.entente.Agreement;
import dev.entente.Conversation;
import dev.entente.Delegation;
import dev.entente.Dossier;
import dev.entente.DossierRecord;
import dev.entente.Leader;
import dev.entente.Milestone;
import dev.entente.RecordKind;
import dev.entente.Span;
import dev.entente.Statement;
import dev.entente.Talks;
import dev.entente.TimePoint;
import dev.entente.TimelineEntry;
import dev.entente.Visit;
import dev.entente.formats.internal.Engagements;
import dev.entente.formats.internal.Names;
import dev.entente.internal.Spelling;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A dossier's timeline as an SVG picture: one lane per kind of record or per leader, time running
 * left to right in a chosen time zone.
 *
 * <pre>{@code
 * SvgTimeline.of(dossier)
 *     .inZone(ZoneId.of("Europe/Moscow"))
 *     .withLanes(SvgTimeline.Lanes.BY_LEADER)
 *     .writeTo(Path.of("timeline.svg"));
 * }</pre>
 *
 * <p>An exact moment with an end or a duration is a bar from its local time to its end's, so that a
 * call that runs past midnight in the zone crosses the day's line; a moment without either is a
 * dot. A day, a month or a year is a bar over its days as stated (a day has no offset to convert);
 * a month or a year is drawn lighter, an uncertain or approximate point with a dashed outline, a
 * bounded one with a dotted outline. Each entry holds a {@code title} (a tooltip in a browser) with
 * its record's title and its time as stated, and its record's id in {@code data-id}. By leader, an
 * entry is drawn in the lane of each leader it involves, and in an {@code Others} lane if it
 * involves none.
 */
public final class SvgTimeline {
  /** How the timeline's lanes are made. */
  public enum Lanes {
    /** One lane per kind of record: conversations, talks, visits, statements, agreements. */
    BY_KIND,
    /** One lane per leader, by name, and one for entries that involve no leader. */
    BY_LEADER
  }

  private static final double LABELS = 220;
  private static final double PLOT = 1000;
  private static final double LANE = 26;
  private static final double TOP = 40;
  private static final String OTHERS = "Others";
  private static final String STYLE =
      ".lane{fill:#f6f6f6}.grid{stroke:#ccc;stroke-width:0.5}.label{fill:#222}"
          + ".tick{fill:#666;font-size:10px}.entry rect{stroke:none;fill-opacity:0.75}"
          + ".entry circle{stroke:#333;stroke-width:0.6}.conversation{fill:#1f77b4}"
          + ".talks{fill:#2ca02c}.visit{fill:#ff7f0e}.statement{fill:#9467bd}"
          + ".agreement{fill:#d62728}.month rect,.year rect{fill-opacity:0.35}"
          + ".uncertain rect,.bounded rect{stroke:#333;stroke-width:0.8}"
          + ".uncertain rect,.uncertain circle{stroke-dasharray:3 2}"
          + ".bounded rect,.bounded circle{stroke-dasharray:1 2}";

  private final Dossier dossier;
  private final ZoneId zone;
  private final Lanes lanes;
  private final @Nullable LocalDate from;
  private final @Nullable LocalDate to;

  private SvgTimeline(
      Dossier dossier, ZoneId zone, Lanes lanes, @Nullable LocalDate from, @Nullable LocalDate to) {
    this.dossier = dossier;
    this.zone = zone;
    this.lanes = lanes;
    this.from = from;
    this.to = to;
  }

  /**
   * Returns the timeline of a whole dossier, one lane per kind of record, in UTC.
   *
   * @param dossier the dossier
   * @return its timeline
   */
  public static SvgTimeline of(Dossier dossier) {
    return new SvgTimeline(
        Objects.requireNonNull(dossier, "dossier"), ZoneOffset.UTC, Lanes.BY_KIND, null, null);
  }

  /**
   * Returns this timeline drawn in another time zone: moments at their local times there.
   *
   * @param zone the time zone
   * @return the timeline in that zone
   */
  public SvgTimeline inZone(ZoneId zone) {
    return new SvgTimeline(dossier, Objects.requireNonNull(zone, "zone"), lanes, from, to);
  }

  /**
   * Returns this timeline with other lanes.
   *
   * @param lanes by kind or by leader
   * @return the timeline with those lanes
   */
  public SvgTimeline withLanes(Lanes lanes) {
    return new SvgTimeline(dossier, zone, Objects.requireNonNull(lanes, "lanes"), from, to);
  }

  /**
   * Returns this timeline limited to the entries that meet a range of days in its zone, as {@link
   * Dossier#timeline(LocalDate, LocalDate, ZoneId)} gives them.
   *
   * @param from the first day
   * @param to the last day, not before {@code from}
   * @return the timeline of those days
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  public SvgTimeline between(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("the last day " + to + " is before the first " + from);
    }
    return new SvgTimeline(dossier, zone, lanes, from, to);
  }

  /**
   * Returns the timeline's entries: every entry of the range, drawn once per lane it is in.
   *
   * @return how many entries the picture holds
   */
  public int entryCount() {
    return entries().size();
  }

  private List<TimelineEntry> entries() {
    return from == null || to == null ? dossier.timeline() : dossier.timeline(from, to, zone);
  }

  /**
   * Returns the picture.
   *
   * @return an SVG document
   */
  public String toSvg() {
    List<TimelineEntry> entries = entries();
    List<Lane> byLane = lanes(entries);
    LocalDateTime start = (from != null ? from : firstDay(entries)).atStartOfDay();
    LocalDateTime end = (to != null ? to : lastDay(entries)).plusDays(1).atStartOfDay();
    Axis axis = new Axis(start, end);
    double height = TOP + byLane.size() * LANE + 34;
    Svg svg =
        new Svg(
            LABELS + PLOT + 20,
            height,
            "Timeline of "
                + entries.size()
                + " entries, "
                + start.toLocalDate()
                + " to "
                + end.toLocalDate().minusDays(1)
                + ", in "
                + zone.getId(),
            STYLE);
    axis.draw(svg, height);
    Names names = new Names(dossier);
    int lane = 0;
    for (Lane laneEntries : byLane) {
      double y = TOP + lane * LANE;
      svg.empty(
          "rect",
          "class",
          "lane",
          "x",
          0.0,
          "y",
          y + 2,
          "width",
          LABELS + PLOT,
          "height",
          LANE - 4);
      svg.element("text", laneEntries.label(), "class", "label", "x", 6.0, "y", y + LANE / 2 + 4);
      // Coarser entries first, so that a day's bar does not hide the moment within it.
      List<TimelineEntry> drawOrder = new ArrayList<>(laneEntries.entries());
      drawOrder.sort(Comparator.comparing((TimelineEntry e) -> e.time().precision()));
      for (TimelineEntry entry : drawOrder) {
        drawEntry(svg, axis, entry, y, names);
      }
      lane++;
    }
    legend(svg, entries, height - 14);
    return svg.finish();
  }

  /** A key to the colours: the kinds of record drawn, each in its colour. */
  private static void legend(Svg svg, List<TimelineEntry> entries, double y) {
    double x = LABELS;
    for (RecordKind kind : RecordKind.values()) {
      if (entries.stream().anyMatch(e -> e.record().recordKind() == kind)) {
        svg.open("g", "class", "legend " + Spelling.of(kind));
        svg.empty("rect", "x", x, "y", y - 9, "width", 10.0, "height", 10.0);
        svg.element("text", Names.words(kind), "class", "label", "x", x + 14, "y", y);
        svg.close("g");
        x += 110;
      }
    }
  }

  /**
   * Writes the picture to a file in UTF-8, replacing it.
   *
   * @param file the file, such as {@code timeline.svg}
   * @throws java.io.UncheckedIOException if writing fails
   */
  public void writeTo(Path file) {
    Svg.write(toSvg(), file);
  }

  private void drawEntry(Svg svg, Axis axis, TimelineEntry entry, double y, Names names) {
    TimePoint time = entry.time();
    DossierRecord record = entry.record();
    Span span = span(entry);
    String classes =
        "entry "
            + Spelling.of(record.recordKind())
            + " "
            + Spelling.of(time.precision())
            + (time.qualifier().isPresent() ? " uncertain" : "")
            + (time.bound().isPresent() ? " bounded" : "");
    svg.open("g", "class", classes, "data-id", record.id());
    svg.element("title", title(entry, names) + " (" + (span != null ? span : time) + ")");
    double x = LABELS + axis.x(startOf(time));
    double middle = y + LANE / 2;
    LocalDateTime end = barEnd(entry);
    if (end == null) {
      svg.empty("circle", "cx", x, "cy", middle, "r", 4.0);
    } else {
      double width = Math.max(2, LABELS + axis.x(end) - x);
      svg.empty("rect", "x", x, "y", middle - 7, "width", width, "height", 14.0, "rx", 2.0);
    }
    svg.close("g");
  }

  /** The span of an engagement's entry; none for a statement's or a milestone's. */
  private static @Nullable Span span(TimelineEntry entry) {
    return Engagements.when(entry.record()).orElse(null);
  }

  /**
   * Where an entry's bar ends in the zone's local time: its span's end, or its moment start plus
   * its duration, or the day after its time's last day; null for a dot, a moment with neither an
   * end nor a duration.
   */
  private @Nullable LocalDateTime barEnd(TimelineEntry entry) {
    Span span = span(entry);
    if (span != null && span.end().isPresent()) {
      TimePoint end = span.end().get();
      return end.isMoment() ? startOf(end) : afterLastDay(end);
    }
    if (span != null && span.duration().isPresent() && span.start().isMoment()) {
      return startOf(span.start()).plus(span.duration().get());
    }
    TimePoint time = entry.time();
    return time.isMoment() ? null : afterLastDay(time);
  }

  private static LocalDateTime afterLastDay(TimePoint point) {
    return point.asStated().lastDay().plusDays(1).atStartOfDay();
  }

  /** Where a point starts in the zone's local time: a moment converted, a date as stated. */
  private LocalDateTime startOf(TimePoint point) {
    return point
        .moment()
        .map(m -> m.atZoneSameInstant(zone).toLocalDateTime())
        .orElse(point.asStated().firstDay().atStartOfDay());
  }

  private String title(TimelineEntry entry, Names names) {
    DossierRecord record = entry.record();
    if (record instanceof Statement statement) {
      return Names.words(statement.kind()) + " by " + names.of(statement.by());
    }
    if (record instanceof Agreement agreement) {
      Milestone milestone = entry.milestone().orElseThrow();
      return agreement.title() + ": " + Spelling.of(milestone.stage()).replace('-', ' ');
    }
    return names.title(record);
  }

  /** A lane: its label and its entries. */
  private record Lane(String label, List<TimelineEntry> entries) {}

  private List<Lane> lanes(List<TimelineEntry> entries) {
    List<Lane> lanes = new ArrayList<>();
    if (this.lanes == Lanes.BY_KIND) {
      for (RecordKind kind : RecordKind.values()) {
        List<TimelineEntry> ofKind =
            entries.stream().filter(e -> e.record().recordKind() == kind).toList();
        if (!ofKind.isEmpty()) {
          lanes.add(new Lane(Names.words(kind), ofKind));
        }
      }
      return lanes;
    }
    // By id: two leaders of the same name have a lane each.
    Map<String, List<TimelineEntry>> byLeader = new LinkedHashMap<>();
    List<Leader> leaders = new ArrayList<>(dossier.leaders());
    leaders.sort(Comparator.comparing(Leader::name).thenComparing(Leader::id));
    leaders.forEach(leader -> byLeader.put(leader.id(), new ArrayList<>()));
    List<TimelineEntry> others = new ArrayList<>();
    for (TimelineEntry entry : entries) {
      Set<String> involved = leadersOf(entry);
      involved.retainAll(byLeader.keySet());
      if (involved.isEmpty()) {
        others.add(entry);
      }
      involved.forEach(id -> Objects.requireNonNull(byLeader.get(id)).add(entry));
    }
    for (Leader leader : leaders) {
      List<TimelineEntry> lane = Objects.requireNonNull(byLeader.get(leader.id()));
      if (!lane.isEmpty()) {
        lanes.add(new Lane(leader.name(), lane));
      }
    }
    if (!others.isEmpty()) {
      lanes.add(new Lane(OTHERS, others));
    }
    return lanes;
  }

  /** The ids the entry names as taking part: leaders among them, once each. */
  private static Set<String> leadersOf(TimelineEntry entry) {
    Set<String> ids = new LinkedHashSet<>();
    DossierRecord record = entry.record();
    if (record instanceof Conversation conversation) {
      ids.addAll(conversation.participants());
    } else if (record instanceof Visit visit) {
      ids.addAll(visit.visitors());
      ids.addAll(visit.hosts());
    } else if (record instanceof Talks talks) {
      for (Delegation delegation : talks.delegations()) {
        delegation.head().ifPresent(ids::add);
        ids.addAll(delegation.members());
      }
    } else if (record instanceof Statement statement) {
      ids.add(statement.by());
    } else if (entry.milestone().isPresent()) {
      ids.addAll(entry.milestone().get().by());
    }
    return ids;
  }

  private LocalDate firstDay(List<TimelineEntry> entries) {
    return entries.stream()
        .map(e -> startOf(e.time()).toLocalDate())
        .min(Comparator.naturalOrder())
        .orElse(LocalDate.of(2000, 1, 1));
  }

  private LocalDate lastDay(List<TimelineEntry> entries) {
    return entries.stream()
        .map(
            e -> {
              LocalDateTime end = barEnd(e);
              return end == null
                  ? startOf(e.time()).toLocalDate()
                  : end.minusNanos(1).toLocalDate();
            })
        .max(Comparator.naturalOrder())
        .orElse(firstDay(entries));
  }

  /** Maps local times to x, and draws the ticks: days, months or years by the range's length. */
  private static final class Axis {
    private final LocalDateTime start;
    private final LocalDateTime end;
    private final double seconds;

    Axis(LocalDateTime start, LocalDateTime end) {
      this.start = start;
      this.end = end;
      this.seconds = Math.max(1, ChronoUnit.SECONDS.between(start, end));
    }

    double x(LocalDateTime time) {
      return PLOT * ChronoUnit.SECONDS.between(start, time) / seconds;
    }

    void draw(Svg svg, double height) {
      long days = ChronoUnit.DAYS.between(start, end);
      LocalDate day = start.toLocalDate();
      if (days <= 92) {
        for (; day.isBefore(end.toLocalDate()); day = day.plusDays(1)) {
          tick(
              svg,
              day,
              height,
              days <= 40 || day.getDayOfMonth() % 5 == 1 ? label(day, true) : null);
        }
        return;
      }
      if (days <= 5 * 366) {
        for (day = day.withDayOfMonth(1);
            day.isBefore(end.toLocalDate());
            day = day.plusMonths(1)) {
          tick(
              svg,
              day,
              height,
              days <= 2 * 366 || day.getMonthValue() % 3 == 1 ? label(day, false) : null);
        }
        return;
      }
      int step = days <= 30 * 366 ? 1 : days <= 60 * 366 ? 5 : days <= 160 * 366 ? 10 : 50;
      int year = (day.getYear() / step) * step;
      for (LocalDate tick = LocalDate.of(year, 1, 1);
          tick.isBefore(end.toLocalDate());
          tick = tick.plusYears(step)) {
        if (!tick.isBefore(day)) {
          tick(svg, tick, height, Integer.toString(tick.getYear()));
        }
      }
    }

    /** A day's number, with its month on the first of a month; or a month and its year. */
    private String label(LocalDate day, boolean withDay) {
      String month = day.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
      if (!withDay) {
        return month + " " + day.getYear();
      }
      boolean first = day.getDayOfMonth() == 1 || day.equals(start.toLocalDate());
      return day.getDayOfMonth() + (first ? " " + month : "");
    }

    private void tick(Svg svg, LocalDate day, double height, @Nullable String label) {
      double x = LABELS + x(day.atStartOfDay());
      svg.empty("line", "class", "grid", "x1", x, "y1", TOP - 4, "x2", x, "y2", height - 8);
      if (label != null) {
        svg.element("text", label, "class", "tick", "x", x + 2, "y", TOP - 8);
      }
    }
  }
}
