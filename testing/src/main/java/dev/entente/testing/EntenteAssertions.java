package dev.entente.testing;

import dev.entente.Agreement;
import dev.entente.Conversation;
import dev.entente.Dossier;
import dev.entente.Leader;
import dev.entente.Party;
import dev.entente.Statement;
import dev.entente.Talks;
import dev.entente.Topic;
import dev.entente.Visit;
import org.assertj.core.api.Assertions;

/**
 * The entry point of the kit's assertions: AssertJ's own, plus assertions in the model's words for
 * the dossier and every record type. Import its {@code assertThat} statically, in place of
 * AssertJ's.
 *
 * <pre>{@code
 * import static dev.entente.testing.EntenteAssertions.assertThat;
 *
 * assertThat(call).isPhoneCall().hasParticipants("putin", "biden").wasInitiatedBy("putin");
 * assertThat(actualDossier).isEqualTo(expectedDossier); // on failure, the diff by record and field
 * }</pre>
 *
 * <p>{@link EntenteSoftAssertions} collects failures instead of stopping at the first.
 */
public class EntenteAssertions extends Assertions {
  /** For subclasses that add assertions of their own; the methods are static. */
  protected EntenteAssertions() {}

  /**
   * Starts assertions on a dossier.
   *
   * @param actual the dossier under test
   * @return the assertions
   */
  public static DossierAssert assertThat(Dossier actual) {
    return new DossierAssert(actual);
  }

  /**
   * Starts assertions on the records collected for a dossier.
   *
   * @param actual the builder under test
   * @return the assertions
   */
  public static DossierBuilderAssert assertThat(Dossier.Builder actual) {
    return new DossierBuilderAssert(actual);
  }

  /**
   * Starts assertions on a party.
   *
   * @param actual the party under test
   * @return the assertions
   */
  public static PartyAssert assertThat(Party actual) {
    return new PartyAssert(actual);
  }

  /**
   * Starts assertions on a leader.
   *
   * @param actual the leader under test
   * @return the assertions
   */
  public static LeaderAssert assertThat(Leader actual) {
    return new LeaderAssert(actual);
  }

  /**
   * Starts assertions on a topic.
   *
   * @param actual the topic under test
   * @return the assertions
   */
  public static TopicAssert assertThat(Topic actual) {
    return new TopicAssert(actual);
  }

  /**
   * Starts assertions on a statement.
   *
   * @param actual the statement under test
   * @return the assertions
   */
  public static StatementAssert assertThat(Statement actual) {
    return new StatementAssert(actual);
  }

  /**
   * Starts assertions on a conversation.
   *
   * @param actual the conversation under test
   * @return the assertions
   */
  public static ConversationAssert assertThat(Conversation actual) {
    return new ConversationAssert(actual);
  }

  /**
   * Starts assertions on an agreement.
   *
   * @param actual the agreement under test
   * @return the assertions
   */
  public static AgreementAssert assertThat(Agreement actual) {
    return new AgreementAssert(actual);
  }

  /**
   * Starts assertions on talks.
   *
   * @param actual the talks under test
   * @return the assertions
   */
  public static TalksAssert assertThat(Talks actual) {
    return new TalksAssert(actual);
  }

  /**
   * Starts assertions on a visit.
   *
   * @param actual the visit under test
   * @return the assertions
   */
  public static VisitAssert assertThat(Visit actual) {
    return new VisitAssert(actual);
  }
}
