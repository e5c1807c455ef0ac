package dev.entente.testing;

import dev.entente.Agreement;
import dev.entente.AgreementKind;
import dev.entente.Conversation;
import dev.entente.ConversationMode;
import dev.entente.CountryCode;
import dev.entente.Delegation;
import dev.entente.Leader;
import dev.entente.Milestone;
import dev.entente.Office;
import dev.entente.Party;
import dev.entente.PartyKind;
import dev.entente.Role;
import dev.entente.Span;
import dev.entente.Stage;
import dev.entente.Statement;
import dev.entente.StatementKind;
import dev.entente.Talks;
import dev.entente.TalksFormat;
import dev.entente.TalksStatus;
import dev.entente.TimePoint;
import dev.entente.Topic;
import dev.entente.Visit;
import java.util.Arrays;

/**
 * Builders of minimal valid records, so that a test states only what it is about: each returns a
 * builder already holding what the record needs, which the test may change before {@code build()}.
 *
 * <pre>{@code
 * Conversation call = MinimalRecords.conversation("call", "putin", "biden").initiator("putin").build();
 * }</pre>
 *
 * <p>The defaults: names and titles are the id; times are 30 December 2021 (10 January 2022 for
 * talks), known to the day; a party is an international organisation, a leader an official, a
 * conversation a phone call, an agreement a commitment agreed once, talks scheduled.
 */
public final class MinimalRecords {
  private static final TimePoint DAY = TimePoint.parse("2021-12-30");
  private static final TimePoint TALKS_DAY = TimePoint.parse("2022-01-10");

  private MinimalRecords() {}

  /**
   * Returns a party: an international organisation named by its id.
   *
   * @param id the party's id
   * @return a builder holding a valid party
   */
  public static Party.Builder party(String id) {
    return Party.builder().id(id).kind(PartyKind.INTERNATIONAL_ORGANIZATION).name(id);
  }

  /**
   * Returns a state named by its id.
   *
   * @param id the party's id
   * @param countryCode the state's ISO 3166-1 alpha-2 code, such as {@code "RU"}
   * @return a builder holding a valid state
   */
  public static Party.Builder state(String id, String countryCode) {
    return Party.builder()
        .id(id)
        .kind(PartyKind.STATE)
        .name(id)
        .country(CountryCode.of(countryCode));
  }

  /**
   * Returns a leader: an official named by the id.
   *
   * @param id the leader's id
   * @param partyId the id of the party the leader acts for
   * @return a builder holding a valid leader
   */
  public static Leader.Builder leader(String id, String partyId) {
    return Leader.builder().id(id).name(id).addOffice(Office.of(partyId, Role.OFFICIAL));
  }

  /**
   * Returns a topic labelled by its id.
   *
   * @param id the topic's id
   * @return a builder holding a valid topic
   */
  public static Topic.Builder topic(String id) {
    return Topic.builder().id(id).label(id);
  }

  /**
   * Returns a comment made on 30 December 2021.
   *
   * @param id the statement's id
   * @param byId the id of the leader or party who made it
   * @return a builder holding a valid statement
   */
  public static Statement.Builder statement(String id, String byId) {
    return Statement.builder().id(id).kind(StatementKind.COMMENT).by(byId).when(DAY).summary(id);
  }

  /**
   * Returns a phone call on 30 December 2021.
   *
   * @param id the conversation's id
   * @param participantIds the ids of at least two leaders
   * @return a builder holding a valid conversation
   */
  public static Conversation.Builder conversation(String id, String... participantIds) {
    return Conversation.builder()
        .id(id)
        .mode(ConversationMode.PHONE_CALL)
        .addParticipants(participantIds)
        .when(Span.of(DAY));
  }

  /**
   * Returns a commitment, agreed on 30 December 2021.
   *
   * @param id the agreement's id
   * @param partyIds the ids of at least one party
   * @return a builder holding a valid agreement
   */
  public static Agreement.Builder agreement(String id, String... partyIds) {
    return Agreement.builder()
        .id(id)
        .kind(AgreementKind.COMMITMENT)
        .title(id)
        .addParties(partyIds)
        .addMilestone(Milestone.builder().stage(Stage.AGREED).when(DAY).build());
  }

  /**
   * Returns talks scheduled for 10 January 2022: bilateral for two parties, multilateral otherwise.
   *
   * @param id the talks' id
   * @param partyIds the ids of at least one party, each sending a delegation
   * @return a builder holding valid talks
   */
  public static Talks.Builder talks(String id, String... partyIds) {
    return Talks.builder()
        .id(id)
        .title(id)
        .when(Span.of(TALKS_DAY))
        .format(partyIds.length == 2 ? TalksFormat.BILATERAL : TalksFormat.MULTILATERAL)
        .delegations(Arrays.stream(partyIds).map(Delegation::of).toList())
        .status(TalksStatus.SCHEDULED);
  }

  /**
   * Returns a visit of one leader to a party on 30 December 2021, with no host named.
   *
   * @param id the visit's id
   * @param visitorId the visiting leader's id
   * @param hostPartyId the id of the party visited
   * @return a builder holding a valid visit
   */
  public static Visit.Builder visit(String id, String visitorId, String hostPartyId) {
    return Visit.builder().id(id).addVisitor(visitorId).host(hostPartyId).when(Span.of(DAY));
  }
}
