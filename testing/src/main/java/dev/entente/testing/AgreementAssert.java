package dev.entente.testing;

import dev.entente.Agreement;
import dev.entente.AgreementKind;
import dev.entente.Milestone;
import dev.entente.Stage;
import dev.entente.TimePoint;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Assertions on an {@link Agreement}, in the model's words.
 *
 * <pre>{@code
 * assertThat(agreement).isOfKind(AgreementKind.DRAFT_TREATY).hasStatus(Stage.PUBLISHED);
 * }</pre>
 */
public class AgreementAssert extends AbstractRecordAssert<AgreementAssert, Agreement> {
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
    isNotNull();
    if (actual.status() != status) {
      failBecause("to have the status " + word(status), "its status is " + word(actual.status()));
    }
    return myself;
  }

  /**
   * Checks what kind of commitment the agreement is.
   *
   * @param kind the expected kind
   * @return this assertion
   */
  public AgreementAssert isOfKind(AgreementKind kind) {
    isNotNull();
    if (actual.kind() != kind) {
      failBecause("to be " + a(kind), "it is " + a(actual.kind()));
    }
    return myself;
  }

  /**
   * Checks that the agreement binds exactly these parties, in any order.
   *
   * @param partyIds the ids of the expected parties
   * @return this assertion
   */
  public AgreementAssert binds(String... partyIds) {
    isNotNull();
    if (!sameElements(actual.parties(), partyIds)) {
      failBecause("to bind the parties " + list(partyIds), "it binds " + actual.parties());
    }
    return myself;
  }

  /**
   * Checks that the agreement has a milestone at a stage and time.
   *
   * @param stage the stage
   * @param when the time in ISO 8601, such as {@code 2021-12-15}
   * @return this assertion
   */
  public AgreementAssert hasMilestone(Stage stage, String when) {
    isNotNull();
    TimePoint time = TimePoint.parse(when);
    boolean found = actual.milestones().stream().anyMatch(m -> m.stage() == stage && m.when().equals(time));
    if (!found) {
      List<String> milestones =
          actual.milestones().stream().map(AgreementAssert::describe).collect(Collectors.toList());
      failBecause("to have the milestone " + word(stage) + " " + time, "its milestones are " + milestones);
    }
    return myself;
  }

  private static String describe(Milestone milestone) {
    return word(milestone.stage()) + " " + milestone.when();
  }
}
