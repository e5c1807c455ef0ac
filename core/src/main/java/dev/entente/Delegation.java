package dev.entente;

import dev.entente.internal.Declaration;
import dev.entente.internal.Declarations;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A party's delegation to {@link Talks}: the party and, when known, its members and its head.
 *
 * <pre>{@code
 * Delegation russia = Delegation.of("ru");
 * }</pre>
 */
@Value.Immutable
public abstract class Delegation extends ModelValue {
  Delegation() {}

  /**
   * Returns a new, empty builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a delegation known only by its party.
   *
   * @param party the party's id
   * @return the delegation
   * @throws InvalidRecordException if the id is not valid
   */
  public static Delegation of(String party) {
    return builder().party(party).build();
  }

  /**
   * Builds a {@link Delegation}. Each setter sets the field of the same name, and the accessor its
   * javadoc links to states the field's rule. A field read as an {@code Optional}, a {@code List}
   * or a {@code Map} may be left out; every other must be set (a setter takes {@code null}, and
   * {@link #build()} then reports the field as missing). {@link #build()} checks every field's rule
   * and its rules, and names the field that breaks one.
   */
  public static final class Builder extends ImmutableDelegation.Builder {
    Builder() {}

    /**
     * Sets every field from a delegation, to build a changed copy of it: lists are added to what
     * this builder holds.
     *
     * @param delegation the delegation to copy
     * @return this builder
     */
    public Builder from(Delegation delegation) {
      Declarations.DELEGATION.copy(delegation, this);
      return this;
    }

    /**
     * Builds the delegation from what was set.
     *
     * @return the delegation
     * @throws InvalidRecordException if a required field is not set or a rule is broken; the
     *     message names the field
     */
    @Override
    public Delegation build() {
      return super.build();
    }
  }

  /**
   * Returns the id of the party the delegation represents.
   *
   * @return a party id
   */
  public abstract String party();

  /**
   * Returns the ids of its members.
   *
   * @return leader ids, distinct
   */
  public abstract List<String> members();

  /**
   * Returns the id of its head, one of the members.
   *
   * @return a leader id, or empty
   */
  public abstract Optional<String> head();

  @Value.Check
  final void check() {
    checkFields();
  }

  @Override
  final Declaration<?, ?> declaration() {
    return Declarations.DELEGATION;
  }
}
