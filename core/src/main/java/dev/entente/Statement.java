package dev.entente;

import dev.entente.internal.Declaration;
import dev.entente.internal.Declarations;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Provenance: who said or published what, and when, about which records. Records cite the
 * statements they rest on in their {@link DossierRecord#sources() sources}; a statement cites the
 * statements that report it, such as a news report carrying an official readout.
 *
 * <p>Two statements may disagree; each record keeps one value, and the statements that gave others
 * can say so in their summary.
 *
 * <pre>{@code
 * Statement readout = Statement.builder()
 *     .id("kremlin-readout-2021-12-31").kind(StatementKind.READOUT)
 *     .by("kremlin-press-service").when(TimePoint.parse("2021-12-31"))
 *     .quote("In general, the conversation was frank, professional and of course mutually beneficial.")
 *     .addAbout("call-2021-12-30")
 *     .build();
 * }</pre>
 *
 * <p>Rules: a statement has a quote, a summary or both, not blank; a URL is absolute; it is not
 * about itself.
 */
@Value.Immutable
public abstract non-sealed class Statement extends DossierRecord {
  Statement() {}

  /**
   * Returns a new, empty builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Statement}. Each setter sets the field of the same name, and the accessor its
   * javadoc links to states the field's rule. A field read as an {@code Optional}, a {@code List}
   * or a {@code Map} may be left out; every other must be set (a setter takes {@code null}, and
   * {@link #build()} then reports the field as missing). {@link #build()} checks every field's rule
   * and the statement's rules, and names the field that breaks one.
   */
  public static final class Builder extends ImmutableStatement.Builder {
    Builder() {}

    /**
     * Sets every field from a statement, to build a changed copy of it: lists are added to what
     * this builder holds.
     *
     * @param statement the statement to copy
     * @return this builder
     */
    public Builder from(Statement statement) {
      Declarations.STATEMENT.copy(statement, this);
      return this;
    }

    /**
     * Builds the statement from what was set.
     *
     * @return the statement
     * @throws InvalidRecordException if a required field is not set or a rule is broken; the
     *     message names the field
     */
    @Override
    public Statement build() {
      return super.build();
    }
  }

  /**
   * Returns what kind of statement this is.
   *
   * @return the kind
   */
  public abstract StatementKind kind();

  /**
   * Returns the id of who made or published it: a leader or a party.
   *
   * @return a leader or party id
   */
  public abstract String by();

  /**
   * Returns when it was made or published.
   *
   * @return the time
   */
  public abstract TimePoint when();

  /**
   * Returns the words as they were said or written.
   *
   * @return the quote, not blank, or empty
   */
  public abstract Optional<String> quote();

  /**
   * Returns what it says, in other words.
   *
   * @return the summary, not blank, or empty
   */
  public abstract Optional<String> summary();

  /**
   * Returns the ids of the records it is about.
   *
   * @return record ids of any kind, distinct
   */
  public abstract List<String> about();

  /**
   * Returns where it can be read.
   *
   * @return an absolute {@code http} or {@code https} URL, or empty
   */
  public abstract Optional<URI> url();

  /**
   * Returns the language it was said or written in, as an IETF BCP 47 tag such as {@code ru} or
   * {@code en-US}.
   *
   * @return the tag in its canonical form ({@link Locale#toLanguageTag()}), or empty
   */
  public abstract Optional<String> language();

  /**
   * Returns when it was retrieved from where it was read, as a web page may change.
   *
   * @return a time not wholly before {@link #when()}, or empty
   */
  public abstract Optional<TimePoint> retrieved();

  @Override
  public final RecordKind recordKind() {
    return RecordKind.STATEMENT;
  }

  @Value.Check
  final void check() {
    Invariants check = checkFields();
    if (quote().isEmpty() && summary().isEmpty()) {
      throw check.fail("quote", "a statement must have a quote, a summary or both");
    }
    if (language().isPresent()) {
      checkLanguage(check, language().get());
    }
    if (retrieved().isPresent() && retrieved().get().isWhollyBefore(when())) {
      throw check.fail(
          "retrieved",
          "retrieved " + retrieved().get() + " is before the statement was made, " + when());
    }
  }

  private static void checkLanguage(Invariants check, String tag) {
    String canonical = LanguageTags.canonical(tag);
    if (canonical.equals("und")) {
      throw check.fail(
          "language", Invariants.quote(tag) + " is not a BCP 47 language tag, such as ru or en-US");
    }
    if (!canonical.equals(tag)) {
      throw check.fail(
          "language",
          Invariants.quote(tag) + " is not in the canonical form of its tag: write " + canonical);
    }
  }

  @Override
  final void addTimelineEntries(List<TimelineEntry> timeline) {
    timeline.add(TimelineEntry.of(when(), this));
  }

  @Override
  final Declaration<?, ?> declaration() {
    return Declarations.STATEMENT;
  }
}
