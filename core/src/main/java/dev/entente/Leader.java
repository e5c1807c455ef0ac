package dev.entente;

import dev.entente.internal.Declaration;
import dev.entente.internal.Declarations;
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
 *     .party("ru").role(Role.ADVISER)
 *     .office("Adviser to the Russian President on international affairs")
 *     .build();
 * }</pre>
 *
 * <p>Rules: the name, other names and office are not blank; other names are distinct.
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
   * Returns the id of the party the person acts for.
   *
   * @return a party id
   */
  public abstract String party();

  /**
   * Returns the role in which the person acts.
   *
   * @return the role
   */
  public abstract Role role();

  /**
   * Returns the office as the source states it, such as {@code President of Russia}.
   *
   * @return the office, not blank, or empty
   */
  public abstract Optional<String> office();

  /**
   * Returns the term of office, if known.
   *
   * @return the term, or empty
   */
  public abstract Optional<Span> term();

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
