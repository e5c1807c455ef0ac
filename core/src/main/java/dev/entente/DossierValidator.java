package dev.entente;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Checks the rules across the records of a dossier, collecting every problem. The rules of one
 * record look up the records it names through a function: the dossier's index here, any store of
 * records through {@link RulesAcrossRecords}.
 */
final class DossierValidator {
  private final List<DossierRecord> records;
  private final Map<String, DossierRecord> byId;
  private final Function<String, ? extends @Nullable DossierRecord> lookup;
  private final List<Problem> problems = new ArrayList<>();

  /** One walker for the references of every record checked, each in turn. */
  private final References references = new References(this::checkReference);

  /** The record whose references are being walked. */
  private @Nullable DossierRecord walking;

  private DossierValidator(List<DossierRecord> records) {
    this.records = records;
    // Sized for every record at once: no rehashing as it fills.
    this.byId = new HashMap<>(records.size() * 4 / 3 + 1);
    this.lookup = byId::get;
  }

  private DossierValidator(Function<String, ? extends @Nullable DossierRecord> lookup) {
    this.records = List.of();
    this.byId = Map.of();
    this.lookup = lookup;
  }

  static List<Problem> validate(List<DossierRecord> records) {
    return new DossierValidator(records).run();
  }

  /** Checks the records and keeps the index it makes, for a dossier to use. */
  static DossierValidator of(List<DossierRecord> records) {
    DossierValidator validator = new DossierValidator(records);
    validator.run();
    return validator;
  }

  /**
   * Checks the rules of one record but the uniqueness of its id, looking up the records it names.
   */
  static List<Problem> validate(
      DossierRecord record, Function<String, ? extends @Nullable DossierRecord> lookup) {
    DossierValidator validator = new DossierValidator(lookup);
    validator.checkRecord(record);
    return List.copyOf(validator.problems);
  }

  /** The problem of a record whose id an earlier record already uses. */
  static Problem duplicateId(DossierRecord record, RecordKind kindOfFirst) {
    return new Problem(
        Problem.Kind.DUPLICATE_ID,
        record.recordKind(),
        record.id(),
        "id",
        "id \"" + record.id() + "\" is already used by a " + kindOfFirst);
  }

  List<Problem> problems() {
    return List.copyOf(problems);
  }

  /** The records by id; for records without problems, one for each id. */
  Map<String, DossierRecord> index() {
    return byId;
  }

  private List<Problem> run() {
    DossierRecord[] firstWithSameId = null; // made at the first id used twice, which is rare
    for (int i = 0; i < records.size(); i++) {
      DossierRecord first = byId.putIfAbsent(records.get(i).id(), records.get(i));
      if (first != null) {
        if (firstWithSameId == null) {
          firstWithSameId = new DossierRecord[records.size()];
        }
        firstWithSameId[i] = first;
      }
    }
    for (int i = 0; i < records.size(); i++) {
      DossierRecord record = records.get(i);
      if (firstWithSameId != null && firstWithSameId[i] != null) {
        problems.add(duplicateId(record, firstWithSameId[i].recordKind()));
      }
      checkRecord(record);
    }
    return List.copyOf(problems);
  }

  private void checkRecord(DossierRecord record) {
    checkReferences(record);
    if (record instanceof Conversation conversation) {
      checkThread(conversation);
      checkAuthorsOfPositions(conversation);
      checkOfficesOfParticipants(conversation);
    } else if (record instanceof Agreement agreement) {
      checkOccasions(agreement);
    } else if (record instanceof Talks talks) {
      checkOfficesOfDelegations(talks);
    }
  }

  private void checkReferences(DossierRecord record) {
    walking = record;
    references.walk(record);
    walking = null;
  }

  private void checkReference(
      References at, String field, int index, String id, Set<RecordKind> allowed) {
    DossierRecord record = Objects.requireNonNull(walking, "references are walked for a record");
    DossierRecord target = lookup.apply(id);
    if (target == null) {
      report(
          Problem.Kind.UNKNOWN_REFERENCE,
          record,
          at.path(field, index),
          "no record has id \"" + id + "\"");
    } else if (!allowed.contains(target.recordKind())) {
      report(
          Problem.Kind.WRONG_KIND_OF_RECORD,
          record,
          at.path(field, index),
          "\""
              + id
              + "\" is a "
              + target.recordKind()
              + ", but this field names a "
              + Words.alternatives(allowed));
    }
  }

  private void checkThread(Conversation conversation) {
    List<String> follows = conversation.follows();
    for (int i = 0; i < follows.size(); i++) {
      Optional<Conversation> earlier = find(follows.get(i), Conversation.class);
      TimePoint start = conversation.when().start();
      if (earlier.isPresent() && start.isWhollyBefore(earlier.get().when().start())) {
        report(
            Problem.Kind.THREAD_OUT_OF_ORDER,
            conversation,
            "follows[" + i + "]",
            "follows conversation \""
                + follows.get(i)
                + "\" of "
                + earlier.get().when().start()
                + ", which is after this conversation's start "
                + start);
      }
    }
  }

  /** A leader who states a position in a conversation takes part in it; a party may state one. */
  private void checkAuthorsOfPositions(Conversation conversation) {
    List<Position> positions = conversation.positions();
    for (int i = 0; i < positions.size(); i++) {
      String author = positions.get(i).by();
      if (lookup.apply(author) instanceof Leader && !conversation.participants().contains(author)) {
        report(
            Problem.Kind.NOT_A_PARTICIPANT,
            conversation,
            "positions[" + i + "].by",
            "\""
                + author
                + "\" states a position but is not one of the participants "
                + conversation.participants());
      }
    }
  }

  private void checkOccasions(Agreement agreement) {
    List<Milestone> milestones = agreement.milestones();
    for (int i = 0; i < milestones.size(); i++) {
      Milestone milestone = milestones.get(i);
      Optional<Span> occasion = milestone.occasion().map(lookup).flatMap(DossierRecord::span);
      if (occasion.isPresent() && !occasion.get().mayInclude(milestone.when())) {
        report(
            Problem.Kind.OCCASION_MISMATCH,
            agreement,
            "milestones[" + i + "].when",
            milestone.when()
                + " does not fall within its occasion \""
                + milestone.occasion().get()
                + "\" ("
                + occasion.get()
                + ")");
      }
    }
  }

  private void checkOfficesOfParticipants(Conversation conversation) {
    List<String> participants = conversation.participants();
    for (int i = 0; i < participants.size(); i++) {
      if (lookup.apply(participants.get(i)) instanceof Leader leader
          && !mayHoldOffice(leader, null, conversation.when())) {
        reportNoOffice(conversation, "participants[" + i + "]", leader, null);
      }
    }
  }

  private void checkOfficesOfDelegations(Talks talks) {
    List<Delegation> delegations = talks.delegations();
    for (int i = 0; i < delegations.size(); i++) {
      Delegation delegation = delegations.get(i);
      for (int j = 0; j < delegation.members().size(); j++) {
        if (lookup.apply(delegation.members().get(j)) instanceof Leader leader
            && !mayHoldOffice(leader, delegation.party(), talks.when())) {
          reportNoOffice(
              talks, "delegations[" + i + "].members[" + j + "]", leader, delegation.party());
        }
      }
    }
  }

  /** Whether any office of the leader, for the party if one is given, may be held at the time. */
  private static boolean mayHoldOffice(Leader leader, @Nullable String party, Span time) {
    for (Office office : leader.offices()) {
      if ((party == null || office.party().equals(party)) && office.mayBeHeldAt(time)) {
        return true;
      }
    }
    return false;
  }

  private void reportNoOffice(
      DossierRecord record, String path, Leader leader, @Nullable String party) {
    report(
        Problem.Kind.NO_OFFICE_AT_THE_TIME,
        record,
        path,
        "\""
            + leader.id()
            + "\" held no office"
            + (party == null ? "" : " of \"" + party + "\"")
            + " at the time, as the terms of the leader's offices say");
  }

  private <T extends DossierRecord> Optional<T> find(String id, Class<T> type) {
    return Optional.ofNullable(lookup.apply(id)).filter(type::isInstance).map(type::cast);
  }

  private void report(Problem.Kind kind, DossierRecord record, String path, String message) {
    problems.add(new Problem(kind, record.recordKind(), record.id(), path, message));
  }
}
