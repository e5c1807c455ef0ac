package dev.entente.testing;

import dev.entente.Agreement;
import dev.entente.Conversation;
import dev.entente.Dossier;
import dev.entente.DossierRecord;
import dev.entente.Leader;
import dev.entente.Milestone;
import dev.entente.Office;
import dev.entente.Position;
import dev.entente.Role;
import dev.entente.Span;
import dev.entente.TimePoint;
import dev.entente.Topic;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Puts one defect of each rule across records into the records of a valid dossier, each record
 * changed in its place and one record added at the end.
 */
final class PlantedDefects {
  private static final TimePoint LONG_BEFORE = TimePoint.parse("1900-01-01");

  private final Dossier dossier;
  private final List<DossierRecord> records;

  private PlantedDefects(Dossier dossier) {
    this.dossier = dossier;
    this.records = new ArrayList<>(dossier.records());
  }

  static List<DossierRecord> in(Dossier dossier) {
    return new PlantedDefects(dossier).plantAll();
  }

  private List<DossierRecord> plantAll() {
    List<Leader> leaders = dossier.leaders();
    List<Conversation> conversations = dossier.conversations();
    Conversation first = conversations.get(0);
    Conversation second = conversations.get(1);
    // A participant's only office: of a party no record is, and held only long before.
    Leader formerOfficial = dossier.find(second.participants().get(0), Leader.class).orElseThrow();
    replace(
        formerOfficial,
        Leader.builder()
            .from(formerOfficial)
            .offices(
                List.of(
                    Office.builder()
                        .party("nobody")
                        .role(Role.ENVOY)
                        .term(Span.of(LONG_BEFORE, LONG_BEFORE))
                        .build()))
            .build());
    // A party as a participant.
    List<String> participants = new ArrayList<>(first.participants());
    participants.set(1, dossier.parties().get(0).id());
    replace(
        first,
        Conversation.builder()
            .from(first)
            .participants(participants)
            .initiator(Optional.empty())
            .positions(List.of())
            .build());
    // A position stated by a leader who does not take part.
    String outsider =
        leaders.stream()
            .map(Leader::id)
            .filter(id -> !second.participants().contains(id))
            .findFirst()
            .orElseThrow();
    replace(
        second,
        Conversation.builder()
            .from(second)
            .addPosition(Position.builder().by(outsider).text("A view from outside").build())
            .build());
    // A milestone long before its occasion.
    Agreement agreement = dossier.agreements().get(0);
    List<Milestone> milestones = new ArrayList<>(agreement.milestones());
    milestones.set(
        0,
        Milestone.builder()
            .from(milestones.get(0))
            .when(LONG_BEFORE)
            .occasion(second.id())
            .build());
    replace(agreement, Agreement.builder().from(agreement).milestones(milestones).build());
    plantThreadOutOfOrder(conversations);
    // An id used twice.
    records.add(Topic.of(leaders.get(0).id(), "A clash"));
    return List.copyOf(records);
  }

  /** The earliest conversation follows the latest, where their starts are days apart. */
  private void plantThreadOutOfOrder(List<Conversation> conversations) {
    Conversation earliest =
        conversations.stream()
            .min(Comparator.comparing(c -> c.when().start().lastDay()))
            .orElseThrow();
    Conversation latest =
        conversations.stream()
            .max(Comparator.comparing(c -> c.when().start().firstDay()))
            .orElseThrow();
    if (earliest.when().start().lastDay().plusDays(2).isBefore(latest.when().start().firstDay())) {
      Conversation planted = (Conversation) current(earliest);
      replace(earliest, Conversation.builder().from(planted).addFollow(latest.id()).build());
    }
  }

  /** The record with the id and kind of one of the dossier's, as planted so far. */
  private DossierRecord current(DossierRecord original) {
    return records.stream()
        .filter(r -> r.id().equals(original.id()) && r.recordKind() == original.recordKind())
        .findFirst()
        .orElseThrow();
  }

  private void replace(DossierRecord original, DossierRecord planted) {
    records.set(records.indexOf(current(original)), planted);
  }
}
