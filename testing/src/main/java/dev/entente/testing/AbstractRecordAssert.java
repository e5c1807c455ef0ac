package dev.entente.testing;

import dev.entente.DossierRecord;
import dev.entente.TimePoint;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;
import org.assertj.core.api.AbstractObjectAssert;

/**
 * Assertions that every record supports, and the means for the assertions of each record type to
 * speak in the model's words: failure messages name the record by kind and id.
 *
 * @param <SELF> the type of the assertion itself, for chaining
 * @param <T> the record type
 */
public abstract class AbstractRecordAssert<
        SELF extends AbstractRecordAssert<SELF, T>, T extends DossierRecord>
    extends AbstractObjectAssert<SELF, T> {

  /**
   * Creates the assertion.
   *
   * @param actual the record under test
   * @param selfType the type of the assertion itself
   */
  protected AbstractRecordAssert(T actual, Class<?> selfType) {
    super(actual, selfType);
  }

  /**
   * Checks the record's id.
   *
   * @param id the expected id
   * @return this assertion
   */
  public SELF hasId(String id) {
    return expect(
        r -> r.id().equals(id),
        "to have the id \"" + id + "\"",
        r -> "its id is \"" + r.id() + "\"");
  }

  /**
   * Checks that the record cites each of these statements among its sources.
   *
   * @param statementIds the ids of the statements
   * @return this assertion
   */
  public SELF citesSources(String... statementIds) {
    return expect(
        r -> missingFrom(r.sources(), statementIds).isEmpty(),
        "to cite the sources " + list(statementIds),
        r ->
            "it does not cite "
                + missingFrom(r.sources(), statementIds)
                + "; its sources are "
                + r.sources());
  }

  /**
   * Checks that a source gives another value for a field of the record, as a claim.
   *
   * @param field the field's name, such as {@code when}
   * @param value the value the source gives, of the field's type (a list for a list field)
   * @param statementId the id of the statement that gives it
   * @return this assertion
   */
  public SELF hasClaim(String field, Object value, String statementId) {
    return expect(
        r ->
            r.claimsAbout(field).stream()
                .anyMatch(c -> c.value().equals(value) && c.source().equals(statementId)),
        "to hold the claim of \"" + statementId + "\" that its " + field + " is " + value,
        r -> "its claims are " + r.claims());
  }

  /**
   * Checks that no source gives another value for any field of the record.
   *
   * @return this assertion
   */
  public SELF hasNoClaims() {
    return expect(
        r -> r.claims().isEmpty(), "to hold no claims", r -> "its claims are " + r.claims());
  }

  /**
   * Names the record under test as failure messages do: its kind and id, such as {@code
   * conversation "phone-call-2021-12-30"}.
   *
   * @return the record's name
   */
  protected final String who() {
    return actual.recordKind() + " \"" + actual.id() + "\"";
  }

  /**
   * Checks that the record under test holds an expectation, or fails with a message that names the
   * record: {@code Expecting <record> <expectation>, but <finding>}. Subclasses of the kit's
   * assertions, and users' own, state their checks with it.
   *
   * <pre>{@code
   * public ConversationAssert lastedAtLeast(Duration least) {
   *   return expect(
   *       c -> c.when().length().filter(l -> l.compareTo(least) >= 0).isPresent(),
   *       "to last at least " + least,
   *       c -> "it lasted " + c.when().length().map(Object::toString).orElse("an unknown time"));
   * }
   * }</pre>
   *
   * @param holds whether the record holds the expectation
   * @param expectation what is expected, such as {@code to have the id "putin"}
   * @param finding what was found instead, said of the record
   * @return this assertion
   */
  protected final SELF expect(Predicate<T> holds, String expectation, Function<T, String> finding) {
    isNotNull();
    if (!holds.test(actual)) {
      failWithMessage("%nExpecting %s%n%s,%nbut %s", who(), expectation, finding.apply(actual));
    }
    return myself;
  }

  /** Whether a time is that one day: a day, or a moment on it, and not a month or a year. */
  static boolean isTheDay(TimePoint time, LocalDate day) {
    return time.firstDay().equals(day) && time.lastDay().equals(day);
  }

  /** The word with its indefinite article: "a phone call", "an agreement in principle". */
  static String a(Enum<?> constant) {
    String word = word(constant);
    return ("aeiou".indexOf(word.charAt(0)) >= 0 ? "an " : "a ") + word;
  }

  static String word(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  static List<String> list(String... values) {
    return Arrays.asList(values);
  }

  static List<String> missingFrom(List<String> actual, String... expected) {
    return Arrays.stream(expected).filter(value -> !actual.contains(value)).toList();
  }

  static boolean sameElements(List<String> actual, String... expected) {
    List<String> sortedActual = actual.stream().sorted().toList();
    List<String> sortedExpected = Arrays.stream(expected).sorted().toList();
    return sortedActual.equals(sortedExpected);
  }
}
