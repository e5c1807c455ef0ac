package dev.entente.testing;

import dev.entente.Characterisation;
import dev.entente.DossierRecord;
import dev.entente.Position;
import dev.entente.Stances;
import java.util.Optional;

/**
 * Assertions on the positions and characterisations of a record that holds them: a conversation,
 * talks or an agreement.
 *
 * @param <SELF> the type of the assertion itself, for chaining
 * @param <T> the record type
 */
public abstract class AbstractStancesAssert<
        SELF extends AbstractStancesAssert<SELF, T>, T extends DossierRecord & Stances>
    extends AbstractRecordAssert<SELF, T> {

  /**
   * Creates the assertion.
   *
   * @param actual the record under test
   * @param selfType the type of the assertion itself
   */
  protected AbstractStancesAssert(T actual, Class<?> selfType) {
    super(actual, selfType);
  }

  /**
   * Checks that a position stated by a leader or a party is recorded.
   *
   * @param id the id of the leader or party
   * @return this assertion
   */
  public SELF hasPositionStatedBy(String id) {
    return expect(
        record -> record.positions().stream().map(Position::by).anyMatch(id::equals),
        "to record a position stated by \"" + id + "\"",
        record ->
            "its positions are stated by "
                + record.positions().stream().map(Position::by).toList());
  }

  /**
   * Checks that a position stated by a leader or a party is reported by a statement.
   *
   * @param id the id of the leader or party
   * @param statementId the id of the statement that reports it
   * @return this assertion
   */
  public SELF hasPositionStatedBy(String id, String statementId) {
    return expect(
        record ->
            record.positions().stream()
                .anyMatch(p -> p.by().equals(id) && p.source().equals(Optional.of(statementId))),
        "to record a position stated by \"" + id + "\" as \"" + statementId + "\" reports it",
        record ->
            "its positions are "
                + record.positions().stream()
                    .map(p -> p.by() + p.source().map(s -> " per " + s).orElse(""))
                    .toList());
  }

  /**
   * Checks that one characterisation uses each of these words.
   *
   * @param words the expected words, such as {@code frank} and {@code mutually beneficial}
   * @return this assertion
   */
  public SELF wasCharacterisedAs(String... words) {
    return expect(
        record ->
            record.characterisations().stream()
                .map(Characterisation::words)
                .anyMatch(w -> missingFrom(w, words).isEmpty()),
        "to have been characterised as " + list(words),
        record ->
            "its characterisations are "
                + record.characterisations().stream().map(Characterisation::words).toList());
  }
}
