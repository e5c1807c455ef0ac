package dev.entente.testing;

import static dev.entente.testing.EntenteAssertions.assertThat;

import dev.entente.Agreement;
import dev.entente.Conversation;
import dev.entente.Dossier;
import dev.entente.DossierRecord;
import dev.entente.Leader;
import dev.entente.Milestone;
import dev.entente.Office;
import dev.entente.Problem;
import dev.entente.Role;
import dev.entente.RulesAcrossRecords;
import dev.entente.TimePoint;
import dev.entente.Topic;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The dossier's rules across records, on generated dossiers: each is valid as generated, and
 * becomes invalid with exactly one problem, of the right kind and place, when one defect is put in.
 */
class ValidationOfGeneratedDossiersTest {
  private static final int DOSSIERS = 300;

  @Test
  void generatedDossiersAreValidWithoutWarnings() {
    DossierGenerator.forEachDossier(
        DOSSIERS, 30, dossier -> assertThat(dossier.toBuilder()).isValid().hasNoWarnings());
  }

  @Test
  void aDuplicateIdIsFound() {
    DossierGenerator.forEachDossier(
        DOSSIERS,
        30,
        dossier -> {
          Leader leader = dossier.leaders().get(0);
          Dossier.Builder defective = dossier.toBuilder().add(Topic.of(leader.id(), "A clash"));
          assertThat(defective)
              .hasProblems(Problem.Kind.DUPLICATE_ID)
              .hasProblem(Problem.Kind.DUPLICATE_ID, leader.id(), "id");
        });
  }

  @Test
  void anUnknownReferenceIsFound() {
    DossierGenerator.forEachDossier(
        DOSSIERS,
        30,
        dossier -> {
          Leader leader = dossier.leaders().get(0);
          Dossier.Builder defective =
              replace(
                  dossier,
                  leader,
                  Leader.builder()
                      .from(leader)
                      .addOffice(Office.of("nobody", Role.OFFICIAL))
                      .build());
          assertThat(defective)
              .hasProblems(Problem.Kind.UNKNOWN_REFERENCE)
              .hasProblem(
                  Problem.Kind.UNKNOWN_REFERENCE,
                  leader.id(),
                  "offices[" + leader.offices().size() + "].party");
        });
  }

  @Test
  void aReferenceToTheWrongKindOfRecordIsFound() {
    DossierGenerator.forEachDossier(
        DOSSIERS,
        30,
        dossier -> {
          Conversation call = dossier.conversations().get(0);
          List<String> participants = new ArrayList<>(call.participants());
          participants.set(1, dossier.parties().get(0).id());
          Conversation wrong =
              Conversation.builder()
                  .from(call)
                  .participants(participants)
                  .initiator(Optional.empty())
                  .positions(List.of())
                  .build();
          assertThat(replace(dossier, call, wrong))
              .hasProblems(Problem.Kind.WRONG_KIND_OF_RECORD)
              .hasProblem(Problem.Kind.WRONG_KIND_OF_RECORD, call.id(), "participants[1]");
        });
  }

  @Test
  void aConversationFollowingALaterOneIsFound() {
    int[] checked = {0};
    DossierGenerator.forEachDossier(
        DOSSIERS,
        30,
        dossier -> {
          List<Conversation> conversations = dossier.conversations();
          Conversation earliest = byStart(conversations, true);
          Conversation latest = byStart(conversations, false);
          // Only where the two starts are days apart at any precision and offset.
          if (!earliest
              .when()
              .start()
              .lastDay()
              .plusDays(2)
              .isBefore(latest.when().start().firstDay())) {
            return;
          }
          Conversation defect =
              Conversation.builder().from(earliest).addFollow(latest.id()).build();
          assertThat(replace(dossier, earliest, defect))
              .hasProblems(Problem.Kind.THREAD_OUT_OF_ORDER)
              .hasProblem(
                  Problem.Kind.THREAD_OUT_OF_ORDER,
                  earliest.id(),
                  "follows[" + earliest.follows().size() + "]");
          checked[0]++;
        });
    assertThat(checked[0])
        .as("dossiers whose first and last conversations are days apart")
        .isGreaterThan(DOSSIERS / 2);
  }

  @Test
  void aMilestoneOutsideItsOccasionIsFound() {
    DossierGenerator.forEachDossier(
        DOSSIERS,
        30,
        dossier -> {
          Agreement agreement = dossier.agreements().get(0);
          Conversation occasion = dossier.conversations().get(0);
          TimePoint longBefore = TimePoint.parse("1900-01-01");
          Milestone first =
              Milestone.builder()
                  .from(agreement.milestones().get(0))
                  .when(longBefore)
                  .occasion(occasion.id())
                  .build();
          List<Milestone> milestones = new ArrayList<>(agreement.milestones());
          milestones.set(0, first);
          Agreement defect = Agreement.builder().from(agreement).milestones(milestones).build();
          assertThat(replace(dossier, agreement, defect))
              .hasProblems(Problem.Kind.OCCASION_MISMATCH)
              .hasProblem(Problem.Kind.OCCASION_MISMATCH, agreement.id(), "milestones[0].when");
        });
  }

  @Test
  void plantedDefectsBreakEveryRule() {
    EnumSet<Problem.Kind> found = EnumSet.noneOf(Problem.Kind.class);
    for (long seed = 1; seed <= 20; seed++) {
      DossierGenerator generator = DossierGenerator.withSeed(seed);
      List<DossierRecord> records = generator.recordsWithDefects();
      List<Problem> problems = Dossier.builder().addAll(records).validate();
      assertThat(problems)
          .extracting(Problem::kind)
          .as("seed %d", seed)
          .contains(
              Problem.Kind.DUPLICATE_ID,
              Problem.Kind.UNKNOWN_REFERENCE,
              Problem.Kind.WRONG_KIND_OF_RECORD,
              Problem.Kind.OCCASION_MISMATCH,
              Problem.Kind.NOT_A_PARTICIPANT,
              Problem.Kind.NO_OFFICE_AT_THE_TIME);
      assertThat(records).hasSize(generator.dossier().size() + 1);
      problems.forEach(problem -> found.add(problem.kind()));
    }
    assertThat(found).containsExactlyInAnyOrder(Problem.Kind.values());
  }

  @Test
  void eachRecordCheckedAloneAgainstTheRecordsItNamesHasItsProblemsInTheDossier() {
    for (long seed = 1; seed <= 20; seed++) {
      assertCheckedAloneAsInTheDossier(DossierGenerator.withSeed(seed).recordsWithDefects(), seed);
    }
  }

  /**
   * Records in no particular order name records added after them, which a builder checks once all
   * are in, and the first of two records with one id may come after the records naming it.
   */
  @Test
  void recordsAddedInAnyOrderHaveTheirProblemsAsWhenCheckedAlone() {
    for (long seed = 1; seed <= 20; seed++) {
      List<DossierRecord> records =
          new ArrayList<>(DossierGenerator.withSeed(seed).recordsWithDefects());
      Collections.shuffle(records, new Random(seed));
      assertCheckedAloneAsInTheDossier(records, seed);
    }
  }

  private static void assertCheckedAloneAsInTheDossier(List<DossierRecord> records, long seed) {
    Map<String, DossierRecord> firstOfEachId = new HashMap<>();
    records.forEach(record -> firstOfEachId.putIfAbsent(record.id(), record));
    List<Problem> oneByOne = new ArrayList<>();
    for (DossierRecord record : records) {
      DossierRecord first = firstOfEachId.get(record.id());
      if (first != record) {
        oneByOne.add(RulesAcrossRecords.duplicateId(record, first.recordKind()));
      }
      // Only the records it names, as a store would look them up.
      Map<String, DossierRecord> named = new HashMap<>();
      for (String id : RulesAcrossRecords.namedIds(record)) {
        if (firstOfEachId.containsKey(id)) {
          named.put(id, firstOfEachId.get(id));
        }
      }
      oneByOne.addAll(RulesAcrossRecords.check(record, named::get));
    }
    assertThat(oneByOne).as("seed %d", seed).isNotEmpty();
    assertThat(oneByOne)
        .as("seed %d", seed)
        .isEqualTo(Dossier.builder().addAll(records).validate());
  }

  /** The conversation whose start ends first, or the one whose start begins last. */
  private static Conversation byStart(List<Conversation> conversations, boolean earliest) {
    return earliest
        ? conversations.stream()
            .min(Comparator.comparing(c -> c.when().start().lastDay()))
            .orElseThrow()
        : conversations.stream()
            .max(Comparator.comparing(c -> c.when().start().firstDay()))
            .orElseThrow();
  }

  private static Dossier.Builder replace(
      Dossier dossier, DossierRecord before, DossierRecord after) {
    Dossier.Builder builder = Dossier.builder();
    dossier.records().stream().filter(r -> !r.equals(before)).forEach(builder::add);
    return builder.add(after);
  }
}
