package dev.entente;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Checks the rules across records of one record at a time, looking up the records it names through
 * a function: a dossier's {@link IdTable} as its builder adds records ({@link CheckedRecords}), any
 * store of records through {@link RulesAcrossRecords}.
 */
final class DossierValidator {
  private final Function<String, ? extends @Nullable DossierRecord> lookup;
  private final Function<String, @Nullable RecordKind> kinds;

  /** One walker for the references of every record checked, each in turn. */
  private final References references = new References(this::checkReference);

  /** The record whose references are being walked. */
  private @Nullable DossierRecord walking;

  /** Where the record being checked reports its problems. */
  private List<Problem> problems = new ArrayList<>();

  /** Whether a rule of the record being checked looked up an id and did not find it. */
  private boolean missed;

  /** Where references to ids not found go while records are still being added, if anywhere. */
  private @Nullable Forward forward;

  /** Takes the references to ids no record added so far has, to look up once all are in. */
  @FunctionalInterface
  interface Forward {
    /**
     * A reference of the record being checked to an id not found.
     *
     * @param id the id
     * @param allowed the kinds of record the reference may name
     */
    void reference(String id, Set<RecordKind> allowed);
  }

  private DossierValidator(
      Function<String, ? extends @Nullable DossierRecord> lookup,
      Function<String, @Nullable RecordKind> kinds) {
    this.lookup = lookup;
    this.kinds = kinds;
  }

  /** Checks records against the records of a table, as it holds them at the time. */
  static DossierValidator over(IdTable table) {
    return new DossierValidator(table::find, table::kind);
  }

  /**
   * Checks the rules of one record but the uniqueness of its id, looking up the records it names.
   */
  static List<Problem> validate(
      DossierRecord record, Function<String, ? extends @Nullable DossierRecord> lookup) {
    DossierValidator validator =
        new DossierValidator(
            lookup,
            id -> {
              DossierRecord target = lookup.apply(id);
              return target == null ? null : target.recordKind();
            });
    List<Problem> problems = new ArrayList<>();
    validator.check(record, problems, null);
    return List.copyOf(problems);
  }

  /**
   * Checks the rules of one record but the uniqueness of its id, adding its problems to a list.
   *
   * @param forward where references to ids not found go instead of being reported, or {@code null}
   *     to report them
   * @return whether every id the rules but the references' own looked up named a record; if not, a
   *     record added later may still have one, and the problems added are those of the records
   *     found so far
   */
  boolean check(DossierRecord record, List<Problem> into, @Nullable Forward forward) {
    this.problems = into;
    this.forward = forward;
    this.missed = false;
    checkRecord(record);
    return !missed;
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
    RecordKind kind = kinds.apply(id);
    if (kind == null && forward != null) {
      forward.reference(id, allowed);
    } else if (kind == null) {
      report(
          Problem.Kind.UNKNOWN_REFERENCE,
          record,
          at.path(field, index),
          "no record has id \"" + id + "\"");
    } else if (!allowed.contains(kind)) {
      report(
          Problem.Kind.WRONG_KIND_OF_RECORD,
          record,
          at.path(field, index),
          "\""
              + id
              + "\" is a "
              + kind
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
      if (lookUp(author) instanceof Leader && !conversation.participants().contains(author)) {
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
      Optional<Span> occasion = milestone.occasion().map(this::lookUp).flatMap(DossierRecord::span);
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
      if (lookUp(participants.get(i)) instanceof Leader leader
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
        if (lookUp(delegation.members().get(j)) instanceof Leader leader
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
    return Optional.ofNullable(lookUp(id)).filter(type::isInstance).map(type::cast);
  }

  private @Nullable DossierRecord lookUp(String id) {
    DossierRecord found = lookup.apply(id);
    missed |= found == null;
    return found;
  }

  private void report(Problem.Kind kind, DossierRecord record, String path, String message) {
    problems.add(new Problem(kind, record.recordKind(), record.id(), path, message));
  }
}
