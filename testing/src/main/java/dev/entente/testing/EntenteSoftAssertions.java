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
import org.assertj.core.api.SoftAssertions;

/**
 * Soft assertions in the model's words: every failure is collected, and {@link #assertAll()}
 * reports them together. Works with AssertJ's {@code SoftAssertionsExtension} for JUnit 5.
 *
 * <pre>{@code
 * EntenteSoftAssertions softly = new EntenteSoftAssertions();
 * softly.assertThat(call).isVideoCall();
 * softly.assertThat(call).wasInitiatedBy("biden");
 * softly.assertAll(); // reports both failures
 * }</pre>
 */
public class EntenteSoftAssertions extends SoftAssertions {
  /** Creates an empty collection of soft assertions. */
  public EntenteSoftAssertions() {}

  /**
   * Starts soft assertions on a dossier.
   *
   * @param actual the dossier under test
   * @return the assertions
   */
  public DossierAssert assertThat(Dossier actual) {
    return proxy(DossierAssert.class, Dossier.class, actual);
  }

  /**
   * Starts soft assertions on the records collected for a dossier.
   *
   * @param actual the builder under test
   * @return the assertions
   */
  public DossierBuilderAssert assertThat(Dossier.Builder actual) {
    return proxy(DossierBuilderAssert.class, Dossier.Builder.class, actual);
  }

  /**
   * Starts soft assertions on a party.
   *
   * @param actual the party under test
   * @return the assertions
   */
  public PartyAssert assertThat(Party actual) {
    return proxy(PartyAssert.class, Party.class, actual);
  }

  /**
   * Starts soft assertions on a leader.
   *
   * @param actual the leader under test
   * @return the assertions
   */
  public LeaderAssert assertThat(Leader actual) {
    return proxy(LeaderAssert.class, Leader.class, actual);
  }

  /**
   * Starts soft assertions on a topic.
   *
   * @param actual the topic under test
   * @return the assertions
   */
  public TopicAssert assertThat(Topic actual) {
    return proxy(TopicAssert.class, Topic.class, actual);
  }

  /**
   * Starts soft assertions on a statement.
   *
   * @param actual the statement under test
   * @return the assertions
   */
  public StatementAssert assertThat(Statement actual) {
    return proxy(StatementAssert.class, Statement.class, actual);
  }

  /**
   * Starts soft assertions on a conversation.
   *
   * @param actual the conversation under test
   * @return the assertions
   */
  public ConversationAssert assertThat(Conversation actual) {
    return proxy(ConversationAssert.class, Conversation.class, actual);
  }

  /**
   * Starts soft assertions on an agreement.
   *
   * @param actual the agreement under test
   * @return the assertions
   */
  public AgreementAssert assertThat(Agreement actual) {
    return proxy(AgreementAssert.class, Agreement.class, actual);
  }

  /**
   * Starts soft assertions on talks.
   *
   * @param actual the talks under test
   * @return the assertions
   */
  public TalksAssert assertThat(Talks actual) {
    return proxy(TalksAssert.class, Talks.class, actual);
  }

  /**
   * Starts soft assertions on a visit.
   *
   * @param actual the visit under test
   * @return the assertions
   */
  public VisitAssert assertThat(Visit actual) {
    return proxy(VisitAssert.class, Visit.class, actual);
  }
}
