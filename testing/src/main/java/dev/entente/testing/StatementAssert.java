package dev.entente.testing;

import dev.entente.Statement;
import dev.entente.StatementKind;
import dev.entente.TimePoint;
import java.util.Optional;

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
    return expect(
        statement -> statement.kind() == kind,
        "to be " + a(kind),
        statement -> "it is " + a(statement.kind()));
  }

  /**
   * Checks who made or published the statement.
   *
   * @param id the id of the expected leader or party
   * @return this assertion
   */
  public StatementAssert isBy(String id) {
    return expect(
        statement -> statement.by().equals(id),
        "to be by \"" + id + "\"",
        statement -> "it is by \"" + statement.by() + "\"");
  }

  /**
   * Checks when the statement was made, as the model holds it.
   *
   * @param when the expected time in ISO 8601, such as {@code 2021-12-31}
   * @return this assertion
   */
  public StatementAssert isDated(String when) {
    TimePoint expected = TimePoint.parse(when);
    return expect(
        statement -> statement.when().equals(expected),
        "to be dated " + expected,
        statement -> "it is dated " + statement.when());
  }

  /**
   * Checks that the statement is about each of these records.
   *
   * @param recordIds the ids of the records
   * @return this assertion
   */
  public StatementAssert isAbout(String... recordIds) {
    return expect(
        statement -> missingFrom(statement.about(), recordIds).isEmpty(),
        "to be about " + list(recordIds),
        statement ->
            "it is not about "
                + missingFrom(statement.about(), recordIds)
                + "; it is about "
                + statement.about());
  }

  /**
   * Checks that the statement's quote contains a passage.
   *
   * @param passage the words expected in the quote
   * @return this assertion
   */
  public StatementAssert quotes(String passage) {
    return expect(
        statement -> statement.quote().map(q -> q.contains(passage)).orElse(false),
        "to quote \"" + passage + "\"",
        statement ->
            statement.quote().map(q -> "it quotes \"" + q + "\"").orElse("it has no quote"));
  }

  /**
   * Checks the language the statement was said or written in.
   *
   * @param tag the expected IETF BCP 47 tag, such as {@code ru}
   * @return this assertion
   */
  public StatementAssert isInLanguage(String tag) {
    return expect(
        statement -> statement.language().equals(Optional.of(tag)),
        "to be in the language \"" + tag + "\"",
        statement ->
            statement.language().map(l -> "it is in \"" + l + "\"").orElse("it has no language"));
  }

  /**
   * Checks when the statement was retrieved from where it was read.
   *
   * @param when the expected time in ISO 8601, such as {@code 2022-01-03}
   * @return this assertion
   */
  public StatementAssert wasRetrievedAt(String when) {
    TimePoint expected = TimePoint.parse(when);
    return expect(
        statement -> statement.retrieved().equals(Optional.of(expected)),
        "to have been retrieved at " + expected,
        statement ->
            statement
                .retrieved()
                .map(r -> "it was retrieved at " + r)
                .orElse("its retrieval is not recorded"));
  }
}
