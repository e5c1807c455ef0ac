package dev.entente.testing;

import dev.entente.Agreement;
import dev.entente.Conversation;
import dev.entente.Dossier;
import dev.entente.DossierDiff;
import dev.entente.DossierRecord;
import dev.entente.Leader;
import dev.entente.Party;
import dev.entente.Statement;
import dev.entente.Talks;
import dev.entente.Topic;
import dev.entente.Visit;
import java.util.Locale;
import java.util.Optional;
import org.assertj.core.api.AbstractObjectAssert;
import org.jspecify.annotations.Nullable;

/**
 * Assertions on a {@link Dossier}: equality that reports the differences record by record and field
 * by field, and the way to the assertions of each record.
 *
 * <pre>{@code
 * assertThat(transformed).isEqualTo(expected);
 * assertThat(dossier).conversation("phone-call-2021-12-30").isPhoneCall();
 * }</pre>
 */
public class DossierAssert extends AbstractObjectAssert<DossierAssert, Dossier> {
  /**
   * Creates the assertion; {@link EntenteAssertions#assertThat(Dossier)} is the usual way.
   *
   * @param actual the dossier under test
   */
  public DossierAssert(Dossier actual) {
    super(actual, DossierAssert.class);
  }

  /**
   * Checks that the dossier equals another; when the expected value is a dossier and they differ,
   * the message lists the differences, not the two dossiers: {@code + kind "id"} for a record only
   * the actual dossier holds, {@code - kind "id"} for one only the expected holds, and {@code ~
   * kind "id"} for a record both hold, followed by each field that differs as {@code path: expected
   * -> actual}.
   *
   * @param expected the expected dossier
   * @return this assertion
   */
  @Override
  public DossierAssert isEqualTo(@Nullable Object expected) {
    if (!(expected instanceof Dossier expectedDossier) || actual == null) {
      return super.isEqualTo(expected);
    }
    DossierDiff diff = expectedDossier.diff(actual);
    if (!diff.isEmpty()) {
      failWithMessage(
          "%nExpecting the dossier to equal the expected one, but they differ"
              + " (+ only in the actual, - only in the expected, ~ expected -> actual):%n%s",
          diff);
    }
    return myself;
  }

  /**
   * Checks the number of records.
   *
   * @param count the expected number of records
   * @return this assertion
   */
  public DossierAssert hasRecordCount(int count) {
    isNotNull();
    if (actual.size() != count) {
      failWithMessage(
          "%nExpecting the dossier to hold %s records,%nbut it holds %s: %s",
          count, actual.size(), actual);
    }
    return myself;
  }

  /**
   * Checks that the dossier holds a record with an id.
   *
   * @param id the id
   * @return this assertion
   */
  public DossierAssert hasRecord(String id) {
    isNotNull();
    if (actual.find(id).isEmpty()) {
      failWithMessage("%nExpecting the dossier to hold a record \"%s\",%nbut it holds none", id);
    }
    return myself;
  }

  /**
   * Checks that the dossier holds no record with an id.
   *
   * @param id the id
   * @return this assertion
   */
  public DossierAssert doesNotHaveRecord(String id) {
    isNotNull();
    actual
        .find(id)
        .ifPresent(
            r ->
                failWithMessage(
                    "%nExpecting the dossier to hold no record \"%s\",%nbut it holds a %s",
                    id, r.recordKind()));
    return myself;
  }

  /**
   * Moves on to the assertions of a party of the dossier.
   *
   * @param id the party's id
   * @return the party's assertions
   */
  public PartyAssert party(String id) {
    return new PartyAssert(record(id, Party.class));
  }

  /**
   * Moves on to the assertions of a leader of the dossier.
   *
   * @param id the leader's id
   * @return the leader's assertions
   */
  public LeaderAssert leader(String id) {
    return new LeaderAssert(record(id, Leader.class));
  }

  /**
   * Moves on to the assertions of a topic of the dossier.
   *
   * @param id the topic's id
   * @return the topic's assertions
   */
  public TopicAssert topic(String id) {
    return new TopicAssert(record(id, Topic.class));
  }

  /**
   * Moves on to the assertions of a statement of the dossier.
   *
   * @param id the statement's id
   * @return the statement's assertions
   */
  public StatementAssert statement(String id) {
    return new StatementAssert(record(id, Statement.class));
  }

  /**
   * Moves on to the assertions of a conversation of the dossier.
   *
   * @param id the conversation's id
   * @return the conversation's assertions
   */
  public ConversationAssert conversation(String id) {
    return new ConversationAssert(record(id, Conversation.class));
  }

  /**
   * Moves on to the assertions of an agreement of the dossier.
   *
   * @param id the agreement's id
   * @return the agreement's assertions
   */
  public AgreementAssert agreement(String id) {
    return new AgreementAssert(record(id, Agreement.class));
  }

  /**
   * Moves on to the assertions of talks of the dossier.
   *
   * @param id the talks' id
   * @return the talks' assertions
   */
  public TalksAssert talks(String id) {
    return new TalksAssert(record(id, Talks.class));
  }

  /**
   * Moves on to the assertions of a visit of the dossier.
   *
   * @param id the visit's id
   * @return the visit's assertions
   */
  public VisitAssert visit(String id) {
    return new VisitAssert(record(id, Visit.class));
  }

  private <T extends DossierRecord> T record(String id, Class<T> type) {
    isNotNull();
    Optional<T> record = actual.find(id, type);
    if (record.isEmpty()) {
      String found =
          actual
              .find(id)
              .map(r -> "it holds a " + r.recordKind() + " with that id")
              .orElse("it holds no record with that id");
      failWithMessage(
          "%nExpecting the dossier to hold a %s \"%s\",%nbut %s",
          type.getSimpleName().toLowerCase(Locale.ROOT), id, found);
    }
    return record.orElseThrow();
  }
}
