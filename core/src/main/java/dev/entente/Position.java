package dev.entente;

import dev.entente.internal.Declaration;
import dev.entente.internal.Declarations;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A position that a leader or a party stated on a conversation, talks or an agreement ({@link
 * Stances}), with the statement that reports it.
 *
 * <pre>{@code
 * Position guarantees = Position.builder()
 *     .by("putin")
 *     .text("The joint work of Moscow, Washington and NATO should result in guarantees ...")
 *     .addSubject("security-guarantees")
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Position extends ModelValue {
  Position() {}

  /**
   * Returns a new, empty builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Position}. Each setter sets the field of the same name, and the accessor its
   * javadoc links to states the field's rule. A field read as an {@code Optional}, a {@code List}
   * or a {@code Map} may be left out; every other must be set (a setter takes {@code null}, and
   * {@link #build()} then reports the field as missing). {@link #build()} checks every field's rule
   * and its rules, and names the field that breaks one.
   */
  public static final class Builder extends ImmutablePosition.Builder {
    Builder() {}

    /**
     * Sets every field from a position, to build a changed copy of it: lists are added to what this
     * builder holds.
     *
     * @param position the position to copy
     * @return this builder
     */
    public Builder from(Position position) {
      Declarations.POSITION.copy(position, this);
      return this;
    }

    /**
     * Builds the position from what was set.
     *
     * @return the position
     * @throws InvalidRecordException if a required field is not set or a rule is broken; the
     *     message names the field
     */
    @Override
    public Position build() {
      return super.build();
    }
  }

  /**
   * Returns the id of the leader or party who stated it.
   *
   * @return a leader id (in a conversation, one of its participants) or a party id
   */
  public abstract String by();

  /**
   * Returns the position, as the source reports it.
   *
   * @return the text, not blank
   */
  public abstract String text();

  /**
   * Returns the ids of the topics, agreements or talks it is about.
   *
   * @return ids, distinct
   */
  public abstract List<String> subjects();

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
    return Declarations.POSITION;
  }
}
