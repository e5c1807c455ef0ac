package dev.entente;

import dev.entente.internal.Declaration;
import dev.entente.internal.Declarations;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Planned negotiations or meetings between delegations: when and where, in which format, on what
 * agenda, carrying out which agreement, and where they stand.
 *
 * <pre>{@code
 * Talks geneva = Talks.builder()
 *     .id("talks-2022-01-10-geneva")
 *     .title("Russia–US talks on security guarantees")
 *     .when(Span.of(TimePoint.parse("2022-01-10")))
 *     .venue(Place.of("Geneva", CountryCode.of("CH")))
 *     .format(TalksFormat.BILATERAL)
 *     .addDelegations(Delegation.of("ru"), Delegation.of("us"))
 *     .status(TalksStatus.SCHEDULED)
 *     .build();
 * }</pre>
 *
 * <p>Rules: at least one delegation, one per party; bilateral talks have exactly two; a council
 * session names its host; rescheduled talks keep at least the date they were moved from in {@link
 * #previousDates()}, and no date there is moved to itself.
 */
@Value.Immutable
public abstract non-sealed class Talks extends DossierRecord implements Stances {
  Talks() {}

  /**
   * Returns a new, empty builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link Talks}. Each setter sets the field of the same name, and the accessor its javadoc
   * links to states the field's rule. A field read as an {@code Optional}, a {@code List} or a
   * {@code Map} may be left out; every other must be set (a setter takes {@code null}, and {@link
   * #build()} then reports the field as missing). {@link #build()} checks every field's rule and
   * the talks' rules, and names the field that breaks one.
   */
  public static final class Builder extends ImmutableTalks.Builder {
    Builder() {}

    /**
     * Sets every field from talks, to build a changed copy of it: lists are added to what this
     * builder holds.
     *
     * @param talks the talks to copy
     * @return this builder
     */
    public Builder from(Talks talks) {
      Declarations.TALKS.copy(talks, this);
      return this;
    }

    /**
     * Builds the talks from what was set.
     *
     * @return the talks
     * @throws InvalidRecordException if a required field is not set or a rule is broken; the
     *     message names the field
     */
    @Override
    public Talks build() {
      return super.build();
    }
  }

  /**
   * Returns a short title people read.
   *
   * @return the title, not blank
   */
  public abstract String title();

  /**
   * Returns the date or period planned.
   *
   * @return the span
   */
  public abstract Span when();

  /**
   * Returns where the talks take place.
   *
   * @return the venue, or empty
   */
  public abstract Optional<Place> venue();

  /**
   * Returns the format.
   *
   * @return the format
   */
  public abstract TalksFormat format();

  /**
   * Returns the id of the party that hosts the talks, such as the forum of a council session.
   *
   * @return a party id, or empty
   */
  public abstract Optional<String> host();

  /**
   * Returns the delegations taking part, one per party.
   *
   * @return at least one delegation
   */
  public abstract List<Delegation> delegations();

  /**
   * Returns the ids of the parties taking part, in the order of the delegations.
   *
   * @return party ids
   */
  public List<String> parties() {
    return delegations().stream().map(Delegation::party).toList();
  }

  /**
   * Returns the ids of the topics and agreements on the agenda.
   *
   * @return ids, distinct
   */
  public abstract List<String> agenda();

  /**
   * Returns the ids of the agreements these talks carry out.
   *
   * @return agreement ids, distinct
   */
  public abstract List<String> carriesOut();

  /**
   * Returns where the talks stand.
   *
   * @return the status
   */
  public abstract TalksStatus status();

  /**
   * Returns the dates or periods planned before, in the order they were planned, the first plan
   * first: rescheduled talks keep each date they were moved from, and talks held or postponed after
   * a change keep theirs too.
   *
   * @return the previous spans, each different from the one planned after it (the last from {@link
   *     #when()}), though talks moved back to a date they had keep it twice; at least one when the
   *     status is {@link TalksStatus#RESCHEDULED}
   */
  public abstract List<Span> previousDates();

  /**
   * Returns what announced the talks: a statement, or the conversation in which they were agreed.
   *
   * @return the id of a statement or a conversation, or empty
   */
  public abstract Optional<String> announcedBy();

  @Override
  public abstract List<Position> positions();

  @Override
  public abstract List<Characterisation> characterisations();

  @Override
  public final RecordKind recordKind() {
    return RecordKind.TALKS;
  }

  @Value.Check
  final void check() {
    Invariants check = checkFields();
    check.distinct("delegations", parties());
    if (format() == TalksFormat.BILATERAL && delegations().size() != 2) {
      throw check.fail(
          "delegations",
          "bilateral talks must have exactly 2 delegations, but have " + delegations().size());
    }
    if (format() == TalksFormat.COUNCIL_SESSION && host().isEmpty()) {
      throw check.fail("host", "a council session must name its host");
    }
    if (status() == TalksStatus.RESCHEDULED && previousDates().isEmpty()) {
      throw check.fail(
          "previousDates", "rescheduled talks must keep the date they were moved from");
    }
    List<Span> previous = previousDates();
    for (int i = 0; i < previous.size(); i++) {
      Span next = i + 1 < previous.size() ? previous.get(i + 1) : when();
      if (previous.get(i).equals(next)) {
        throw check.fail(
            "previousDates",
            "previousDates["
                + i
                + "] is "
                + next
                + ", the same as the date planned after it: a date moved to itself is no change");
      }
    }
  }

  @Override
  final Optional<Span> span() {
    return Optional.of(when());
  }

  @Override
  final List<Place> whereHeld() {
    return venue().stream().toList();
  }

  /** One entry, at the start of when it takes place. */
  @Override
  final void addTimelineEntries(List<TimelineEntry> timeline) {
    timeline.add(TimelineEntry.of(when().start(), this));
  }

  @Override
  final Declaration<?, ?> declaration() {
    return Declarations.TALKS;
  }
}
