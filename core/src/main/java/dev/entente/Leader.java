package dev.entente;

import dev.entente.internal.Declaration;
import dev.entente.internal.Declarations;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person who acts for a party: a head of state, a minister, an adviser, a spokesperson.
 *
 * <pre>{@code
 * Leader ushakov = Leader.builder()
 *     .id("ushakov").name("Yury Ushakov").addOtherName("Yuri Ushakov")
 *     .addOffice(Office.builder()
 *         .party("ru").role(Role.ADVISER)
 *         .title("Adviser to the Russian President on international affairs")
 *         .build())
 *     .build();
 * }</pre>
 *
 * <p>A person who held several offices, or one office in several terms, has an {@link Office} for
 * each; {@link #officeAt(LocalDate)} tells which was held on a day.
 *
 * <p>Rules: at least one office; the name, other names and titles are not blank; other names are
 * distinct.
 */
@Value.Immutable
public abstract non-sealed class Leader extends DossierRecord {
  Leader() {}

  /**
   * Returns a new, empty builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Leader}. Each setter sets the field of the same name, and the accessor its
   * javadoc links to states the field's rule. A field read as an {@code Optional}, a {@code List}
   * or a {@code Map} may be left out; every other must be set (a setter takes {@code null}, and
   * {@link #build()} then reports the field as missing). {@link #build()} checks every field's rule
   * and the leader's rules, and names the field that breaks one.
   */
  public static final class Builder extends ImmutableLeader.Builder {
    Builder() {}

    /**
     * Sets every field from a leader, to build a changed copy of it: lists are added to what this
     * builder holds.
     *
     * @param leader the leader to copy
     * @return this builder
     */
    public Builder from(Leader leader) {
      Declarations.LEADER.copy(leader, this);
      return this;
    }

    /**
     * Builds the leader from what was set.
     *
     * @return the leader
     * @throws InvalidRecordException if a required field is not set or a rule is broken; the
     *     message names the field
     */
    @Override
    public Leader build() {
      return super.build();
    }
  }

  /**
   * Returns the name the person is best known by.
   *
   * @return the name, not blank, such as {@code Vladimir Putin}
   */
  public abstract String name();

  /**
   * Returns other spellings and names, such as {@code Yuri Ushakov} for {@code Yury Ushakov}.
   *
   * @return other names, distinct, none blank
   */
  public abstract List<String> otherNames();

  /**
   * Returns the offices the person holds or held, each with its party, role, title and term, in the
   * order the sources give them.
   *
   * @return at least one office
   */
  public abstract List<Office> offices();

  /**
   * Returns the office the person held on a day: the first of {@link #offices()} whose term covers
   * the day. An office without a recorded term is not taken to cover any day.
   *
   * @param day the day
   * @return the office, or empty if no office's term covers the day
   */
  public Optional<Office> officeAt(LocalDate day) {
    return offices().stream().filter(office -> office.isHeldOn(day)).findFirst();
  }

  /**
   * Returns identifiers in other datasets, by scheme, such as {@code wikidata -> Q7747}.
   *
   * @return identifiers by lower-case scheme name
   */
  public abstract Map<String, String> identifiers();

  @Override
  public final RecordKind recordKind() {
    return RecordKind.LEADER;
  }

  @Value.Check
  final void check() {
    checkFields();
  }

  @Override
  final Declaration<?, ?> declaration() {
    return Declarations.LEADER;
  }
}
