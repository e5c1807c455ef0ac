package dev.entente.testing;

import dev.entente.Statement;
import dev.entente.StatementKind;
import dev.entente.TimePoint;
import java.util.List;

/**
 * Assertions on a {@link Statement}, in the model's words.
 *
 * <pre>{@code
 * assertThat(readout).isBy("kremlin-press-service").isDated("2021-12-31").quotes("frank, professional");
 * }</pre>
 */
public class StatementAssert extends AbstractRecordAssert<StatementAssert, Statement> {
  /**
   * Creates the assertion; {@link EntenteAssertions#assertThat(Statement)} is the usual way.
   *
   * @param actual the statement under test
   */
  public StatementAssert(Statement actual) {
    super(actual, StatementAssert.class);
  }

  /**
   * Checks what kind of statement this is.
   *
   * @param kind the expected kind
   * @return this assertion
   */
  public StatementAssert hasKind(StatementKind kind) {
    isNotNull();
    if (actual.kind() != kind) {
      failBecause("to be " + a(kind), "it is " + a(actual.kind()));
    }
    return myself;
  }

  /**
   * Checks who made or published the statement.
   *
   * @param id the id of the expected leader or party
   * @return this assertion
   */
  public StatementAssert isBy(String id) {
    isNotNull();
    if (!actual.by().equals(id)) {
      failBecause("to be by \"" + id + "\"", "it is by \"" + actual.by() + "\"");
    }
    return myself;
  }

  /**
   * Checks when the statement was made, as the model holds it.
   *
   * @param when the expected time in ISO 8601, such as {@code 2021-12-31}
   * @return this assertion
   */
  public StatementAssert isDated(String when) {
    isNotNull();
    TimePoint expected = TimePoint.parse(when);
    if (!actual.when().equals(expected)) {
      failBecause("to be dated " + expected, "it is dated " + actual.when());
    }
    return myself;
  }

  /**
   * Checks that the statement is about each of these records.
   *
   * @param recordIds the ids of the records
   * @return this assertion
   */
  public StatementAssert isAbout(String... recordIds) {
    isNotNull();
    List<String> missing = missingFrom(actual.about(), recordIds);
    if (!missing.isEmpty()) {
      failBecause("to be about " + list(recordIds), "it is not about " + missing + "; it is about " + actual.about());
    }
    return myself;
  }

  /**
   * Checks that the statement's quote contains a passage.
   *
   * @param passage the words expected in the quote
   * @return this assertion
   */
  public StatementAssert quotes(String passage) {
    isNotNull();
    if (!actual.quote().map(q -> q.contains(passage)).orElse(false)) {
      failBecause(
          "to quote \"" + passage + "\"",
          actual.quote().map(q -> "it quotes \"" + q + "\"").orElse("it has no quote"));
    }
    return myself;
  }
}
