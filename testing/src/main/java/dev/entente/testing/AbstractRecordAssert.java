package dev.entente.testing;

import dev.entente.DossierRecord;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractObjectAssert;

/**
 * Assertions that every record supports, and the means for the assertions of each record type to
 * speak in the model's words: failure messages name the record by kind and id.
 *
 * @param <SELF> the type of the assertion itself, for chaining
 * @param <T> the record type
 */
public abstract class AbstractRecordAssert<SELF extends AbstractRecordAssert<SELF, T>, T extends DossierRecord>
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
    isNotNull();
    if (!actual.id().equals(id)) {
      failWithMessage("%nExpecting %s%nto have the id \"%s\"", who(), id);
    }
    return myself;
  }

  /**
   * Checks that the record cites each of these statements among its sources.
   *
   * @param statementIds the ids of the statements
   * @return this assertion
   */
  public SELF citesSources(String... statementIds) {
    isNotNull();
    List<String> missing = missingFrom(actual.sources(), statementIds);
    if (!missing.isEmpty()) {
      failWithMessage("%nExpecting %s%nto cite the sources %s,%nbut it does not cite %s; its sources are %s",
          who(), list(statementIds), missing, actual.sources());
    }
    return myself;
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

  /** Fails with a message that names the record: {@code Expecting <record> <expectation>, but <finding>}. */
  final void failBecause(String expectation, String finding) {
    failWithMessage("%nExpecting %s%n%s,%nbut %s", who(), expectation, finding);
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
    return Arrays.stream(expected).filter(value -> !actual.contains(value)).collect(Collectors.toList());
  }

  static boolean sameElements(List<String> actual, String... expected) {
    List<String> sortedActual = actual.stream().sorted().collect(Collectors.toList());
    List<String> sortedExpected = Arrays.stream(expected).sorted().collect(Collectors.toList());
    return sortedActual.equals(sortedExpected);
  }
}
