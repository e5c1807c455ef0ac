package dev.entente;

import dev.entente.internal.Declaration;
import dev.entente.internal.Declarations;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An office a {@link Leader} holds or held: the party it is held for, the role, the title as the
 * source gives it, and the term. A person who held the same office twice, such as a president
 * elected to two terms apart, has an office for each term.
 *
 * <pre>{@code
 * Office president = Office.builder()
 *     .party("us").role(Role.HEAD_OF_STATE).title("President of the United States")
 *     .term(Span.of(TimePoint.parse("2021-01-20"), TimePoint.parse("2025-01-20")))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Office extends ModelValue {
  Office() {}

  /**
   * Returns a new, empty builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns an office known only by its party and role.
   *
   * @param party the id of the party it is held for
   * @param role the role
   * @return the office
   * @throws InvalidRecordException if the id is not valid
   */
  public static Office of(String party, Role role) {
    return builder().party(party).role(role).build();
  }

  /**
   * Builds an {@link Office}. Each setter sets the field of the same name, and the accessor its
   * javadoc links to states the field's rule. A field read as an {@code Optional}, a {@code List}
   * or a {@code Map} may be left out; every other must be set (a setter takes {@code null}, and
   * {@link #build()} then reports the field as missing). {@link #build()} checks every field's rule
   * and names the field that breaks one.
   */
  public static final class Builder extends ImmutableOffice.Builder {
    Builder() {}

    /**
     * Sets every field from an office, to build a changed copy of it.
     *
     * @param office the office to copy
     * @return this builder
     */
    public Builder from(Office office) {
      Declarations.OFFICE.copy(office, this);
      return this;
    }

    /**
     * Builds the office from what was set.
     *
     * @return the office
     * @throws InvalidRecordException if a required field is not set or a rule is broken; the
     *     message names the field
     */
    @Override
    public Office build() {
      return super.build();
    }
  }

  /**
   * Returns the id of the party the office is held for.
   *
   * @return a party id
   */
  public abstract String party();

  /**
   * Returns the role in which the person acts in this office.
   *
   * @return the role
   */
  public abstract Role role();

  /**
   * Returns the title as the source gives it, such as {@code Secretary of State} or {@code King}.
   *
   * @return the title, not blank, or empty
   */
  public abstract Optional<String> title();

  /**
   * Returns the term of office: a start alone means the end is not recorded.
   *
   * @return the term, or empty when it is not recorded
   */
  public abstract Optional<Span> term();

  /**
   * Returns how the office is held when not in full: elect, designate or acting.
   *
   * @return the standing, or empty for an office held in full
   */
  public abstract Optional<Standing> standing();

  /**
   * Tells whether the term is known to cover a day: it starts on the day or before, and it has no
   * recorded end or ends on the day or after. An office without a term covers no day.
   *
   * @param day the day
   * @return whether the office is held on that day as far as its term says
   */
  public boolean isHeldOn(LocalDate day) {
    return term().map(term -> covers(term, day)).orElse(false);
  }

  /**
   * Tells whether the office may have been held at a time: it has no term, or its term does not end
   * before that time begins nor begin after it ends (compared by days).
   */
  boolean mayBeHeldAt(Span time) {
    Optional<Span> term = term();
    return term.isEmpty()
        || (!endsBefore(term.get(), time.start().firstDayIn(null))
            && !term.get().start().firstDayIn(null).isAfter(time.lastDay()));
  }

  private static boolean covers(Span term, LocalDate day) {
    return !term.start().firstDay().isAfter(day) && !endsBefore(term, day);
  }

  /** A term without an end or a duration is open: its end is not recorded. */
  private static boolean endsBefore(Span term, LocalDate day) {
    boolean open = term.end().isEmpty() && term.duration().isEmpty();
    return !open && term.lastDay().isBefore(day);
  }

  @Value.Check
  final void check() {
    checkFields();
  }

  @Override
  final Declaration<?, ?> declaration() {
    return Declarations.OFFICE;
  }
}
