package dev.entente;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One event of a dossier's {@linkplain Dossier#timeline() timeline}: a conversation, talks, a visit
 * or a statement at its time, or one milestone of an agreement at the milestone's time.
 */
public final class TimelineEntry {
  /**
   * The timeline order: by time ({@link TimePoint}'s order), then by kind of record ({@link
   * RecordKind}'s order), then by record id, then by the milestone's place in its agreement.
   */
  static final Comparator<TimelineEntry> ORDER = TimelineEntry::compare;

  private final TimePoint time;

  /**
   * The time's first second, copied here: ordering a large timeline compares entries, made one
   * after another, and reads their times, spread over the dossier, only for two in the same second.
   */
  private final long startSecond;

  private final DossierRecord record;
  private final @Nullable Milestone milestone;
  private final int milestoneIndex;

  private TimelineEntry(
      TimePoint time, DossierRecord record, @Nullable Milestone milestone, int milestoneIndex) {
    this.time = time;
    this.startSecond = time.startSecond();
    this.record = record;
    this.milestone = milestone;
    this.milestoneIndex = milestoneIndex;
  }

  private static int compare(TimelineEntry a, TimelineEntry b) {
    int order = Long.compare(a.startSecond, b.startSecond);
    if (order == 0) {
      order = a.time.compareTo(b.time);
    }
    if (order == 0) {
      order = a.record.recordKind().compareTo(b.record.recordKind());
    }
    if (order == 0) {
      order = a.record.id().compareTo(b.record.id());
    }
    return order != 0 ? order : Integer.compare(a.milestoneIndex, b.milestoneIndex);
  }

  /**
   * Whether the days the event covers meet a range of days: from its time's first day to the last
   * day of its record's span (a conversation, talks or a visit) or else of its time, as local days
   * in a zone, or as the source states them without one.
   */
  boolean meets(LocalDate from, LocalDate to, @Nullable ZoneId zone) {
    LocalDate last = time.lastDayIn(zone);
    if (milestone == null) {
      Optional<Span> span = record.span();
      if (span.isPresent()) {
        last = span.get().lastDayIn(zone);
      }
    }
    return !last.isBefore(from) && !time.firstDayIn(zone).isAfter(to);
  }

  static TimelineEntry of(TimePoint time, DossierRecord record) {
    return new TimelineEntry(time, record, null, -1);
  }

  static TimelineEntry of(Agreement agreement, int milestoneIndex) {
    Milestone milestone = agreement.milestones().get(milestoneIndex);
    return new TimelineEntry(milestone.when(), agreement, milestone, milestoneIndex);
  }

  /**
   * Returns when the event took place: the start of a conversation or talks, the time of a
   * statement or of a milestone.
   *
   * @return the time
   */
  public TimePoint time() {
    return time;
  }

  /**
   * Returns the record of the event; for a milestone, its agreement.
   *
   * @return the record
   */
  public DossierRecord record() {
    return record;
  }

  /**
   * Returns the milestone, when the event is one of an agreement's milestones.
   *
   * @return the milestone, or empty
   */
  public Optional<Milestone> milestone() {
    return Optional.ofNullable(milestone);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof TimelineEntry that
        && time.equals(that.time)
        && record.equals(that.record)
        && milestoneIndex == that.milestoneIndex;
  }

  @Override
  public int hashCode() {
    return Objects.hash(time, record, milestoneIndex);
  }

  /** Returns the entry as {@code time kind "id"}, with the milestone's stage if it is one. */
  @Override
  public String toString() {
    return time
        + " "
        + record.recordKind()
        + " \""
        + record.id()
        + "\""
        + (milestone == null ? "" : " " + milestone.stage());
  }
}
