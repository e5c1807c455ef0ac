package dev.entente;

import dev.entente.internal.Declaration;
import dev.entente.internal.Declarations;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A visit of leaders to another party, such as a state visit, a working visit or attendance at a
 * summit abroad: who visited whom, where and when. A president's trip abroad and a foreign leader's
 * visit received are the same kind of record, seen from two sides: the visitors travel, the host
 * party receives them.
 *
 * <pre>{@code
 * Visit kalakaua = Visit.builder()
 *     .id("visit-2138")
 *     .addVisitor("kalakaua")
 *     .host("us")
 *     .when(Span.of(TimePoint.parse("1874-12-12"), TimePoint.parse("1874-12-23")))
 *     .description("First visit by a foreign Chief of State or Head of Government.")
 *     .build();
 * }</pre>
 *
 * <p>Hosts are the leaders who received the visitors, when a source names them: a visit whose
 * source names none has none, rather than one assumed.
 *
 * <p>Rules: at least one visitor; visitors and hosts are distinct, and no leader is both; the
 * conversations and talks held during the visit are distinct.
 */
@Value.Immutable
public abstract non-sealed class Visit extends DossierRecord {
  Visit() {}

  /**
   * Returns a new, empty builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Visit}. Each setter sets the field of the same name, and the accessor its
   * javadoc links to states the field's rule. A field read as an {@code Optional}, a {@code List}
   * or a {@code Map} may be left out; every other must be set (a setter takes {@code null}, and
   * {@link #build()} then reports the field as missing). {@link #build()} checks every field's rule
   * and the visit's rules, and names the field that breaks one.
   */
  public static final class Builder extends ImmutableVisit.Builder {
    Builder() {}

    /**
     * Sets every field from a visit, to build a changed copy of it: lists are added to what this
     * builder holds.
     *
     * @param visit the visit to copy
     * @return this builder
     */
    public Builder from(Visit visit) {
      Declarations.VISIT.copy(visit, this);
      return this;
    }

    /**
     * Builds the visit from what was set.
     *
     * @return the visit
     * @throws InvalidRecordException if a required field is not set or a rule is broken; the
     *     message names the field
     */
    @Override
    public Visit build() {
      return super.build();
    }
  }

  /**
   * Returns what kind of visit this is, as protocol names it.
   *
   * @return the kind, or empty when the source names none
   */
  public abstract Optional<VisitKind> kind();

  /**
   * Returns the ids of the leaders who visited.
   *
   * @return at least one leader id, distinct
   */
  public abstract List<String> visitors();

  /**
   * Returns the id of the party visited, such as the state whose capital the visitors came to.
   *
   * @return a party id
   */
  public abstract String host();

  /**
   * Returns the ids of the leaders who received the visitors, as the source names them.
   *
   * @return leader ids, distinct, none of them a visitor; empty when the source names none
   */
  public abstract List<String> hosts();

  /**
   * Returns when the visit took place.
   *
   * @return the span
   */
  public abstract Span when();

  /**
   * Returns the places visited, in the order of the source.
   *
   * @return the places
   */
  public abstract List<Place> places();

  /**
   * Returns the source's account of the visit, as it gives it.
   *
   * @return the description, not blank, or empty
   */
  public abstract Optional<String> description();

  /**
   * Returns the id of the leader or party who invited the visitors.
   *
   * @return a leader or party id, or empty
   */
  public abstract Optional<String> invitedBy();

  /**
   * Returns the ids of the conversations and talks held during the visit.
   *
   * @return conversation or talks ids, distinct
   */
  public abstract List<String> includes();

  @Override
  public final RecordKind recordKind() {
    return RecordKind.VISIT;
  }

  @Value.Check
  final void check() {
    Invariants check = checkFields();
    for (int i = 0; i < hosts().size(); i++) {
      if (visitors().contains(hosts().get(i))) {
        throw check.fail(
            "hosts", "hosts[" + i + "] \"" + hosts().get(i) + "\" is also one of the visitors");
      }
    }
  }

  @Override
  final Optional<Span> span() {
    return Optional.of(when());
  }

  @Override
  final List<Place> whereHeld() {
    return places();
  }

  /** One entry, at the start of the visit. */
  @Override
  final void addTimelineEntries(List<TimelineEntry> timeline) {
    timeline.add(TimelineEntry.of(when().start(), this));
  }

  @Override
  final Declaration<?, ?> declaration() {
    return Declarations.VISIT;
  }
}
