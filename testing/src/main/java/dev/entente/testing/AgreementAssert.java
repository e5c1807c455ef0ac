package dev.entente.testing;

import dev.entente.Agreement;
import dev.entente.AgreementKind;
import dev.entente.Milestone;
import dev.entente.Stage;
import dev.entente.TimePoint;

/**
 * Assertions on an {@link Agreement}, in the model's words.
 *
 * <pre>{@code
 * assertThat(agreement).isOfKind(AgreementKind.DRAFT_TREATY).hasStatus(Stage.PUBLISHED);
 * }</pre>
 */
public class AgreementAssert extends AbstractStancesAssert<AgreementAssert, Agreement> {
  /**
   * Creates the assertion; {@link EntenteAssertions#assertThat(Agreement)} is the usual way.
   *
   * @param actual the agreement under test
   */
  public AgreementAssert(Agreement actual) {
    super(actual, AgreementAssert.class);
  }

  /**
   * Checks the status that follows from the agreement's milestones.
   *
   * @param status the expected status
   * @return this assertion
   */
  public AgreementAssert hasStatus(Stage status) {
    return expect(
        agreement -> agreement.status() == status,
        "to have the status " + word(status),
        agreement -> "its status is " + word(agreement.status()));
  }

  /**
   * Checks the stage the agreement has reached for one of its parties.
   *
   * @param partyId one of the agreement's parties
   * @param status the expected status for that party
   * @return this assertion
   */
  public AgreementAssert hasStatusFor(String partyId, Stage status) {
    return expect(
        agreement ->
            agreement.parties().contains(partyId) && agreement.statusFor(partyId) == status,
        "to have the status " + word(status) + " for \"" + partyId + "\"",
        agreement ->
            agreement.parties().contains(partyId)
                ? "its status for \"" + partyId + "\" is " + word(agreement.statusFor(partyId))
                : "\"" + partyId + "\" is not one of its parties " + agreement.parties());
  }

  /**
   * Checks what kind of commitment the agreement is.
   *
   * @param kind the expected kind
   * @return this assertion
   */
  public AgreementAssert isOfKind(AgreementKind kind) {
    return expect(
        agreement -> agreement.kind() == kind,
        "to be " + a(kind),
        agreement -> "it is " + a(agreement.kind()));
  }

  /**
   * Checks that the agreement binds exactly these parties, in any order.
   *
   * @param partyIds the ids of the expected parties
   * @return this assertion
   */
  public AgreementAssert binds(String... partyIds) {
    return expect(
        agreement -> sameElements(agreement.parties(), partyIds),
        "to bind the parties " + list(partyIds),
        agreement -> "it binds " + agreement.parties());
  }

  /**
   * Checks that the agreement has a milestone at a stage and time.
   *
   * @param stage the stage
   * @param when the time in ISO 8601, such as {@code 2021-12-15}
   * @return this assertion
   */
  public AgreementAssert hasMilestone(Stage stage, String when) {
    TimePoint time = TimePoint.parse(when);
    return expect(
        agreement ->
            agreement.milestones().stream()
                .anyMatch(m -> m.stage() == stage && m.when().equals(time)),
        "to have the milestone " + word(stage) + " " + time,
        agreement ->
            "its milestones are "
                + agreement.milestones().stream().map(AgreementAssert::describe).toList());
  }

  private static String describe(Milestone milestone) {
    return word(milestone.stage()) + " " + milestone.when();
  }
}
