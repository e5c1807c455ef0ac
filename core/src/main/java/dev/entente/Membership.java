package dev.entente;

import dev.entente.internal.Declaration;
import dev.entente.internal.Declarations;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A party's membership of another party, such as a state's of NATO, with when it joined and when it
 * left where the sources say so.
 *
 * <pre>{@code
 * Membership poland = Membership.builder()
 *     .party("pl").joined(TimePoint.parse("1999-03-12"))
 *     .build();
 * Membership forumMember = Membership.of("ru");
 * }</pre>
 *
 * <p>Rules: the member does not leave before it joins.
 */
@Value.Immutable
public abstract class Membership extends ModelValue {
  Membership() {}

  /**
   * Returns a new, empty builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a membership known only by its member.
   *
   * @param party the member's id
   * @return the membership
   * @throws InvalidRecordException if the id is not valid
   */
  public static Membership of(String party) {
    return builder().party(party).build();
  }

  /**
   * Builds a {@link Membership}. Each setter sets the field of the same name, and the accessor its
   * javadoc links to states the field's rule. A field read as an {@code Optional}, a {@code List}
   * or a {@code Map} may be left out; every other must be set (a setter takes {@code null}, and
   * {@link #build()} then reports the field as missing). {@link #build()} checks every field's rule
   * and its rules, and names the field that breaks one.
   */
  public static final class Builder extends ImmutableMembership.Builder {
    Builder() {}

    /**
     * Sets every field from a membership, to build a changed copy of it.
     *
     * @param membership the membership to copy
     * @return this builder
     */
    public Builder from(Membership membership) {
      Declarations.MEMBERSHIP.copy(membership, this);
      return this;
    }

    /**
     * Builds the membership from what was set.
     *
     * @return the membership
     * @throws InvalidRecordException if a required field is not set or a rule is broken; the
     *     message names the field
     */
    @Override
    public Membership build() {
      return super.build();
    }
  }

  /**
   * Returns the id of the member.
   *
   * @return a party id
   */
  public abstract String party();

  /**
   * Returns when the member joined, such as {@code 1999-03-12} for Poland in NATO.
   *
   * @return the time, or empty when it is not recorded
   */
  public abstract Optional<TimePoint> joined();

  /**
   * Returns when the member left.
   *
   * @return the time, not before {@link #joined()}, or empty while it is a member or when it is not
   *     recorded
   */
  public abstract Optional<TimePoint> left();

  /**
   * Tells whether the party was a member on a day: it joined on it or before, or when it joined is
   * not recorded, and it left on it or after, or has not left; a date known only as a bound ({@code
   * [..1950]}) counts every day it may be.
   *
   * @param day the day
   * @return whether it was a member on that day
   */
  public boolean isMemberOn(LocalDate day) {
    return Days.within(joined(), left(), day);
  }

  @Value.Check
  final void check() {
    Invariants check = checkFields();
    if (joined().isPresent() && left().isPresent() && left().get().isWhollyBefore(joined().get())) {
      throw check.fail(
          "left", "left " + left().get() + " is before the member joined, " + joined().get());
    }
  }

  @Override
  final Declaration<?, ?> declaration() {
    return Declarations.MEMBERSHIP;
  }
}
