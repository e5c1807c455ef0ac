package dev.entente;

import dev.entente.internal.Declaration;
import dev.entente.internal.Declarations;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A dated step in the life of an {@link Agreement}: who acted, towards whom, on which occasion and
 * per which source.
 *
 * <pre>{@code
 * Milestone handedOver = Milestone.builder()
 *     .stage(Stage.HANDED_OVER)
 *     .when(TimePoint.parse("2021-12-15"))
 *     .addBy("ru")
 *     .addTowards("donfried")
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Milestone extends ModelValue {
  Milestone() {}

  /**
   * Returns a new, empty builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Milestone}. Each setter sets the field of the same name, and the accessor its
   * javadoc links to states the field's rule. A field read as an {@code Optional}, a {@code List}
   * or a {@code Map} may be left out; every other must be set (a setter takes {@code null}, and
   * {@link #build()} then reports the field as missing). {@link #build()} checks every field's rule
   * and its rules, and names the field that breaks one.
   */
  public static final class Builder extends ImmutableMilestone.Builder {
    Builder() {}

    /**
     * Sets every field from a milestone, to build a changed copy of it: lists are added to what
     * this builder holds.
     *
     * @param milestone the milestone to copy
     * @return this builder
     */
    public Builder from(Milestone milestone) {
      Declarations.MILESTONE.copy(milestone, this);
      return this;
    }

    /**
     * Builds the milestone from what was set.
     *
     * @return the milestone
     * @throws InvalidRecordException if a required field is not set or a rule is broken; the
     *     message names the field
     */
    @Override
    public Milestone build() {
      return super.build();
    }
  }

  /**
   * Returns the stage this milestone marks.
   *
   * @return the stage
   */
  public abstract Stage stage();

  /**
   * Returns when it happened.
   *
   * @return the time
   */
  public abstract TimePoint when();

  /**
   * Returns the ids of who acted: parties or leaders.
   *
   * @return party or leader ids, distinct
   */
  public abstract List<String> by();

  /**
   * Returns the ids of whom they acted towards, such as the negotiator a draft was handed to.
   *
   * @return party or leader ids, distinct
   */
  public abstract List<String> towards();

  /**
   * Returns the parties of the agreement this milestone is for, such as the one party that ratified
   * a treaty or suspended it; none when it is for all of them, as a treaty signed by all.
   *
   * @return party ids, distinct, each a party of the agreement; empty for all parties
   */
  public abstract List<String> parties();

  /** Whether this milestone is for a party: it names the party, or it names none. */
  boolean isFor(String partyId) {
    return parties().isEmpty() || parties().contains(partyId);
  }

  /**
   * Returns the id of the conversation, talks or visit during which it happened, such as a treaty
   * signed during a state visit.
   *
   * @return a conversation, talks or visit id, or empty
   */
  public abstract Optional<String> occasion();

  /**
   * Returns the id of the statement that reports it.
   *
   * @return a statement id, or empty
   */
  public abstract Optional<String> source();

  @Value.Check
  final void check() {
    checkFields();
  }

  @Override
  final Declaration<?, ?> declaration() {
    return Declarations.MILESTONE;
  }
}
