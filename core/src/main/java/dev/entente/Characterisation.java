package dev.entente;

import dev.entente.internal.Declaration;
import dev.entente.internal.Declarations;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How a conversation, talks or an agreement ({@link Stances}) was characterised, and by whom:
 * "frank, professional and mutually beneficial", per the Kremlin press service.
 *
 * <pre>{@code
 * Characterisation kremlin = Characterisation.builder()
 *     .by("kremlin-press-service")
 *     .addWords("frank", "professional", "mutually beneficial")
 *     .source("kremlin-readout-2021-12-31")
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Characterisation extends ModelValue {
  Characterisation() {}

  /**
   * Returns a new, empty builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Characterisation}. Each setter sets the field of the same name, and the
   * accessor its javadoc links to states the field's rule. A field read as an {@code Optional}, a
   * {@code List} or a {@code Map} may be left out; every other must be set (a setter takes {@code
   * null}, and {@link #build()} then reports the field as missing). {@link #build()} checks every
   * field's rule and its rules, and names the field that breaks one.
   */
  public static final class Builder extends ImmutableCharacterisation.Builder {
    Builder() {}

    /**
     * Sets every field from a characterisation, to build a changed copy of it: lists are added to
     * what this builder holds.
     *
     * @param characterisation the characterisation to copy
     * @return this builder
     */
    public Builder from(Characterisation characterisation) {
      Declarations.CHARACTERISATION.copy(characterisation, this);
      return this;
    }

    /**
     * Builds the characterisation from what was set.
     *
     * @return the characterisation
     * @throws InvalidRecordException if a required field is not set or a rule is broken; the
     *     message names the field
     */
    @Override
    public Characterisation build() {
      return super.build();
    }
  }

  /**
   * Returns the id of who characterised it: a leader or a party.
   *
   * @return a leader or party id
   */
  public abstract String by();

  /**
   * Returns the words used, such as {@code frank} and {@code mutually beneficial}.
   *
   * @return at least one word or phrase, distinct, none blank
   */
  public abstract List<String> words();

  /**
   * Returns the id of the statement it was made in.
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
    return Declarations.CHARACTERISATION;
  }
}
