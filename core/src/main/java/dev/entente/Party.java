package dev.entente;

import dev.entente.internal.Declaration;
import dev.entente.internal.Declarations;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A state or an organisation that takes part in diplomacy.
 *
 * <pre>{@code
 * Party russia = Party.builder()
 *     .id("ru").kind(PartyKind.STATE).name("Russia").country(CountryCode.of("RU"))
 *     .build();
 * Party stateDepartment = Party.builder()
 *     .id("us-state-department").kind(PartyKind.GOVERNMENT_BODY)
 *     .name("US State Department").partOf("us")
 *     .build();
 * }</pre>
 *
 * <p>Rules: a {@linkplain PartyKind#STATE state} has a country code; a {@linkplain
 * PartyKind#GOVERNMENT_BODY government body} names the party it belongs to; names are not blank;
 * members are distinct and do not include the party itself.
 */
@Value.Immutable
public abstract non-sealed class Party extends DossierRecord {
  Party() {}

  /**
   * Returns a new, empty builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Party}. Each setter sets the field of the same name, and the accessor its
   * javadoc links to states the field's rule. A field read as an {@code Optional}, a {@code List}
   * or a {@code Map} may be left out; every other must be set (a setter takes {@code null}, and
   * {@link #build()} then reports the field as missing). {@link #build()} checks every field's rule
   * and the party's rules, and names the field that breaks one.
   */
  public static final class Builder extends ImmutableParty.Builder {
    Builder() {}

    /**
     * Sets every field from a party, to build a changed copy of it: lists are added to what this
     * builder holds.
     *
     * @param party the party to copy
     * @return this builder
     */
    public Builder from(Party party) {
      Declarations.PARTY.copy(party, this);
      return this;
    }

    /**
     * Builds the party from what was set.
     *
     * @return the party
     * @throws InvalidRecordException if a required field is not set or a rule is broken; the
     *     message names the field
     */
    @Override
    public Party build() {
      return super.build();
    }
  }

  /**
   * Returns what kind of party this is.
   *
   * @return the kind
   */
  public abstract PartyKind kind();

  /**
   * Returns the name the party is best known by.
   *
   * @return the name, not blank, such as {@code Russia} or {@code North Atlantic Treaty
   *     Organization}
   */
  public abstract String name();

  /**
   * Returns other names and abbreviations, such as {@code NATO}.
   *
   * @return other names, distinct, none blank
   */
  public abstract List<String> otherNames();

  /**
   * Returns the country: required for a state, optional for others (where an outlet or a body is).
   *
   * @return the country, or empty
   */
  public abstract Optional<CountryCode> country();

  /**
   * Returns the id of the party this one belongs to, such as the state of a government body.
   *
   * @return a party id, or empty
   */
  public abstract Optional<String> partOf();

  /**
   * Returns the ids of the parties that make up this one, such as the members of a forum.
   *
   * @return party ids, distinct
   */
  public abstract List<String> members();

  /**
   * Returns identifiers in other datasets, by scheme, such as {@code wikidata -> Q7184}.
   *
   * @return identifiers by lower-case scheme name
   */
  public abstract Map<String, String> identifiers();

  @Override
  public final RecordKind recordKind() {
    return RecordKind.PARTY;
  }

  @Value.Check
  final void check() {
    Invariants check = checkFields();
    if (kind() == PartyKind.STATE) {
      if (country().isEmpty()) {
        throw check.fail("country", "a state must have a country code");
      }
    }
    if (kind() == PartyKind.GOVERNMENT_BODY) {
      if (partOf().isEmpty()) {
        throw check.fail("partOf", "a government body must name the party it belongs to");
      }
    }
  }

  @Override
  final Declaration<?, ?> declaration() {
    return Declarations.PARTY;
  }
}
