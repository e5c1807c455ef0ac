package dev.entente;

import java.util.Arrays;
import java.util.List;

/**
 * Core's own fixtures: builders already holding a valid record, so that a test states only what it
 * is about. Names and titles are the id; a party is an international organisation, a leader an
 * official, a conversation a phone call on 30 December 2021, an agreement a commitment agreed that
 * day, talks scheduled for 10 January 2022, bilateral between two parties.
 */
final class Records {
  static final TimePoint DAY = TimePoint.parse("2021-12-30");
  static final TimePoint TALKS_DAY = TimePoint.parse("2022-01-10");

  private Records() {}

  static Party.Builder party(String id) {
    return Party.builder().id(id).kind(PartyKind.INTERNATIONAL_ORGANIZATION).name(id);
  }

  static Party.Builder state(String id, String code) {
    return party(id).kind(PartyKind.STATE).country(CountryCode.of(code));
  }

  static Leader.Builder leader(String id, String party) {
    return leader(id, party, Role.OFFICIAL);
  }

  static Leader.Builder leader(String id, String party, Role role) {
    return Leader.builder().id(id).name(id).addOffice(Office.of(party, role));
  }

  static Topic.Builder topic(String id) {
    return Topic.builder().id(id).label(id);
  }

  static Statement.Builder statement(String id, String by) {
    return Statement.builder().id(id).kind(StatementKind.COMMENT).by(by).when(DAY).summary(id);
  }

  static Conversation.Builder conversation(String id, String... participants) {
    return Conversation.builder()
        .id(id)
        .mode(ConversationMode.PHONE_CALL)
        .addParticipants(participants)
        .when(Span.of(DAY));
  }

  static Milestone milestone(Stage stage, String when) {
    return Milestone.builder().stage(stage).when(TimePoint.parse(when)).build();
  }

  static Agreement.Builder agreement(String id, String... parties) {
    return Agreement.builder()
        .id(id)
        .kind(AgreementKind.COMMITMENT)
        .title(id)
        .addParties(parties)
        .addMilestone(milestone(Stage.AGREED, DAY.toString()));
  }

  static Talks.Builder talks(String id, String... parties) {
    List<Delegation> delegations = Arrays.stream(parties).map(Delegation::of).toList();
    TalksFormat format = parties.length == 2 ? TalksFormat.BILATERAL : TalksFormat.MULTILATERAL;
    return Talks.builder()
        .id(id)
        .title(id)
        .when(Span.of(TALKS_DAY))
        .format(format)
        .delegations(delegations)
        .status(TalksStatus.SCHEDULED);
  }

  static Visit.Builder visit(String id, String visitor, String host) {
    return Visit.builder().id(id).addVisitor(visitor).host(host).when(Span.of(DAY));
  }

  /** A dossier of two states, Russia and the United States, and their leaders, Putin and Biden. */
  static Dossier.Builder twoStates() {
    return Dossier.builder()
        .add(state("ru", "RU").build())
        .add(state("us", "US").build())
        .add(leader("putin", "ru").build())
        .add(leader("biden", "us").build());
  }

  /** A dossier with one record replaced by another with its id. */
  static Dossier replace(Dossier dossier, DossierRecord record) {
    Dossier.Builder builder = Dossier.builder();
    dossier.records().stream().filter(r -> !r.id().equals(record.id())).forEach(builder::add);
    return builder.add(record).build();
  }

  /** A dossier without the record of an id. */
  static Dossier without(Dossier dossier, String id) {
    Dossier.Builder builder = Dossier.builder();
    dossier.records().stream().filter(r -> !r.id().equals(id)).forEach(builder::add);
    return builder.build();
  }
}
