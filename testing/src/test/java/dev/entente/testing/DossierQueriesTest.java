package dev.entente.testing;

import dev.entente.*;

import static dev.entente.testing.December2021.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DossierQueriesTest {
  private static final Dossier DOSSIER = December2021.dossier();

  @Test
  void listsRecordsByKindThenId() {
    assertThat(DOSSIER.records()).extracting(DossierRecord::recordKind).isSorted();
    assertThat(DOSSIER.parties())
        .extracting(Party::id)
        .containsExactly(KREMLIN_PRESS_SERVICE, NATO, NATO_RUSSIA_COUNCIL, OSCE, PRENSA_LATINA, RUSSIA, UNITED_STATES, STATE_DEPARTMENT);
    assertThat(DOSSIER.size()).isEqualTo(30);
    assertThat(DOSSIER)
        .hasToString("Dossier[party=8, leader=4, topic=6, statement=3, conversation=2, agreement=4, talks=3]");
  }

  @Test
  void isEqualWhateverTheOrderRecordsWereAddedIn() {
    List<DossierRecord> shuffled = new ArrayList<>(DOSSIER.records());
    Collections.shuffle(shuffled, new Random(7));

    Dossier same = Dossier.builder().addAll(shuffled).build();

    assertThat(same).isEqualTo(DOSSIER).hasSameHashCodeAs(DOSSIER);
    assertThat(same.records()).isEqualTo(DOSSIER.records());
    assertThat(Dossier.builder().build()).isNotEqualTo(DOSSIER);
  }

  @Test
  void findsRecordsById() {
    assertThat(DOSSIER.find(PUTIN)).containsInstanceOf(Leader.class);
    assertThat(DOSSIER.find(PUTIN, Leader.class)).map(Leader::name).contains("Vladimir Putin");
    assertThat(DOSSIER.find(PUTIN, Party.class)).isEmpty();
    assertThat(DOSSIER.find("nobody")).isEmpty();
  }

  @Test
  void givesTheTimelineInOneOrder() {
    assertThat(DOSSIER.timeline())
        .extracting(TimelineEntry::toString)
        .containsExactly(
            "2021-12-07 conversation \"video-call-2021-12-07\"",
            "2021-12-07 agreement \"agreement-2021-12-07\" AGREED",
            "2021-12-15 agreement \"draft-2021-12-15-1\" HANDED_OVER",
            "2021-12-15 agreement \"draft-2021-12-15-2\" HANDED_OVER",
            "2021-12-17 agreement \"draft-2021-12-15-1\" PUBLISHED",
            "2021-12-17 agreement \"draft-2021-12-15-2\" PUBLISHED",
            "2021-12-30 agreement \"commitment-2021-12-30\" AGREED",
            "2021-12-30T15:35-05:00 conversation \"phone-call-2021-12-30\"",
            "2021-12-31 statement \"kremlin-readout-2021-12-31\"",
            "2021-12-31 statement \"prensa-latina-report-2021-12-31\"",
            "2021-12-31 statement \"ushakov-comments-2021-12-31\"",
            "2022-01-10 talks \"talks-2022-01-10-geneva\"",
            "2022-01-12 talks \"talks-2022-01-12-brussels\"",
            "2022-01-13 talks \"talks-2022-01-13-vienna\"");
    TimelineEntry milestone = DOSSIER.timeline().get(1);
    assertThat(milestone.record().id()).isEqualTo(NEGOTIATIONS_AGREEMENT);
    assertThat(milestone.milestone()).map(Milestone::stage).contains(Stage.AGREED);
    assertThat(DOSSIER.timeline().get(0).milestone()).isEmpty();
  }

  @Test
  void givesThePartOfTheTimelineBetweenTwoDays() {
    assertThat(DOSSIER.timeline(LocalDate.of(2021, 12, 30), LocalDate.of(2021, 12, 30)))
        .extracting(e -> e.record().id())
        .containsExactly(CONTACTS_COMMITMENT, PHONE_CALL);
    assertThat(DOSSIER.timeline(LocalDate.of(2022, 1, 11), LocalDate.of(2022, 1, 31)))
        .extracting(e -> e.record().id())
        .containsExactly(BRUSSELS_COUNCIL, VIENNA_TALKS);
    assertThatThrownBy(() -> DOSSIER.timeline(LocalDate.of(2022, 1, 2), LocalDate.of(2022, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("to 2022-01-01 is before from 2022-01-02");
  }

  @Test
  void includesAMonthInARangeOfOneOfItsDays() {
    Dossier dossier =
        DOSSIER.toBuilder()
            .add(Statement.builder().id("monthly").kind(StatementKind.NEWS_REPORT).by(PRENSA_LATINA).when(TimePoint.parse("2021-12")).summary("A month.").build())
            .build();

    assertThat(dossier.timeline(LocalDate.of(2021, 12, 20), LocalDate.of(2021, 12, 21)))
        .extracting(e -> e.record().id())
        .containsExactly("monthly");
    assertThat(dossier.timeline().get(0).record().id()).isEqualTo("monthly");
  }

  @Test
  void givesTheConversationsOfALeaderInTimeOrder() {
    assertThat(DOSSIER.conversationsOf(BIDEN)).extracting(Conversation::id).containsExactly(VIDEO_CALL, PHONE_CALL);
    assertThat(DOSSIER.conversationsOf(USHAKOV)).isEmpty();
  }

  @Test
  void givesTheCounterpartsOfALeader() {
    assertThat(DOSSIER.counterpartsOf(PUTIN)).extracting(Leader::id).containsExactly(BIDEN);
    assertThat(DOSSIER.counterpartsOf(DONFRIED)).isEmpty();
  }

  @Test
  void refusesAQueryOnAnUnknownOrWrongRecord() {
    assertThatThrownBy(() -> DOSSIER.conversationsOf("trump"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("this dossier has no leader with id \"trump\"");
    assertThatThrownBy(() -> DOSSIER.counterpartsOf(RUSSIA))
        .hasMessage("this dossier has no leader with id \"ru\" (\"ru\" is a party)");
    assertThatThrownBy(() -> DOSSIER.agreementsReachedIn(GENEVA_TALKS))
        .hasMessage("this dossier has no conversation with id \"talks-2022-01-10-geneva\" (\"talks-2022-01-10-geneva\" is a talks)");
    assertThatThrownBy(() -> DOSSIER.talksCarryingOut(PHONE_CALL)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DOSSIER.statementsAbout("nothing")).hasMessage("this dossier has no record with id \"nothing\"");
    assertThatThrownBy(() -> DOSSIER.recordsOn(PUTIN)).hasMessage("this dossier has no topic with id \"putin\" (\"putin\" is a leader)");
  }

  @Test
  void givesTheTalksStillToBeginAsOfADay() {
    assertThat(DOSSIER.upcomingTalks(LocalDate.of(2022, 1, 1)))
        .extracting(Talks::id)
        .containsExactly(GENEVA_TALKS, BRUSSELS_COUNCIL, VIENNA_TALKS);
    assertThat(DOSSIER.upcomingTalks(LocalDate.of(2022, 1, 11))).extracting(Talks::id).containsExactly(BRUSSELS_COUNCIL, VIENNA_TALKS);
    assertThat(DOSSIER.upcomingTalks(LocalDate.of(2022, 1, 14))).isEmpty();
  }

  @Test
  void leavesCancelledTalksOutOfTheUpcomingOnes() {
    Talks cancelled =
        Talks.builder().from(DOSSIER.find(VIENNA_TALKS, Talks.class).orElseThrow()).status(TalksStatus.CANCELLED).build();
    Dossier dossier = replace(DOSSIER, cancelled);

    assertThat(dossier.upcomingTalks(LocalDate.of(2022, 1, 1))).extracting(Talks::id).containsExactly(GENEVA_TALKS, BRUSSELS_COUNCIL);
  }

  @Test
  void countsAMonthAsUpcomingUntilItsLastDay() {
    Talks inJanuary =
        Talks.builder().from(DOSSIER.find(VIENNA_TALKS, Talks.class).orElseThrow()).when(Span.of(TimePoint.parse("2022-01"))).build();
    Dossier dossier = replace(DOSSIER, inJanuary);

    assertThat(dossier.upcomingTalks(LocalDate.of(2022, 1, 31))).extracting(Talks::id).containsExactly(VIENNA_TALKS);
  }

  @Test
  void givesTheAgreementsReachedInAConversation() {
    assertThat(DOSSIER.agreementsReachedIn(PHONE_CALL)).extracting(Agreement::id).containsExactly(CONTACTS_COMMITMENT);
    assertThat(DOSSIER.agreementsReachedIn(VIDEO_CALL)).extracting(Agreement::id).containsExactly(NEGOTIATIONS_AGREEMENT);
  }

  @Test
  void givesTheTalksThatCarryOutAnAgreement() {
    assertThat(DOSSIER.talksCarryingOut(NEGOTIATIONS_AGREEMENT)).extracting(Talks::id).containsExactly(GENEVA_TALKS);
    assertThat(DOSSIER.talksCarryingOut(FIRST_DRAFT)).isEmpty();
  }

  @Test
  void givesTheStatementsAboutARecord() {
    assertThat(DOSSIER.statementsAbout(PHONE_CALL))
        .extracting(Statement::id)
        .containsExactly(KREMLIN_READOUT, REPORT, USHAKOV_COMMENTS);
    assertThat(DOSSIER.statementsAbout(PUTIN)).isEmpty();
  }

  @Test
  void givesTheRecordsOnATopic() {
    assertThat(DOSSIER.recordsOn(Topics.SECURITY_GUARANTEES.id()))
        .extracting(DossierRecord::id)
        .containsExactly(PHONE_CALL, NEGOTIATIONS_AGREEMENT, FIRST_DRAFT, SECOND_DRAFT, GENEVA_TALKS);
    assertThat(DOSSIER.recordsOn(Topics.UKRAINE.id())).extracting(DossierRecord::id).containsExactly(VIDEO_CALL);
  }

  @Test
  void diffsTwoVersionsByRecordAndField() {
    Conversation call = DOSSIER.find(PHONE_CALL, Conversation.class).orElseThrow();
    Conversation changedCall =
        Conversation.builder()
            .from(call)
            .initiator(BIDEN)
            .purpose(java.util.Optional.empty())
            .positions(List.of(Position.builder().from(call.positions().get(0)).text("Guarantees.").build()))
            .build();
    Dossier later =
        replace(DOSSIER, changedCall).toBuilder()
            .add(Topic.of("arms-control", "Arms control"))
            .build();
    Dossier earlier = DOSSIER.toBuilder().build();

    DossierDiff diff = earlier.diff(withoutRecord(later, USHAKOV_COMMENTS));

    assertThat(diff.isEmpty()).isFalse();
    assertThat(diff.added()).extracting(DossierRecord::id).containsExactly("arms-control");
    assertThat(diff.removed()).extracting(DossierRecord::id).containsExactly(USHAKOV_COMMENTS);
    assertThat(diff.changed()).singleElement().satisfies(change -> {
      assertThat(change.id()).isEqualTo(PHONE_CALL);
      assertThat(change.before()).isEqualTo(call);
      assertThat(change.after()).isEqualTo(changedCall);
      assertThat(change.fields()).extracting(FieldChange::path).containsExactly("initiator", "purpose", "positions[0].text");
      assertThat(change.fields().get(1).after()).isEmpty();
      assertThat(change.fields().get(0).before()).contains(PUTIN);
    });
    assertThat(diff)
        .hasToString(
            "+ topic \"arms-control\"\n"
                + "- statement \"ushakov-comments-2021-12-31\"\n"
                + "~ conversation \"phone-call-2021-12-30\"\n"
                + "    initiator: \"putin\" -> \"biden\"\n"
                + "    purpose: \"To continue discussing the issues previously discussed and to amend the details about"
                + " the contacts that the two countries will conduct next January.\" -> (absent)\n"
                + "    positions[0].text: \"" + call.positions().get(0).text() + "\" -> \"Guarantees.\"");
  }

  @Test
  void diffsListsOfDifferentLengthAsAWhole() {
    Conversation call = DOSSIER.find(VIDEO_CALL, Conversation.class).orElseThrow();
    Conversation shorter = Conversation.builder().from(call).subjects(List.of("ukraine")).build();

    DossierDiff diff = DOSSIER.diff(replace(DOSSIER, shorter));

    assertThat(diff.changed().get(0).fields())
        .extracting(FieldChange::toString)
        .containsExactly("subjects: [ukraine, bilateral-relations, cyber-security, iran-nuclear-deal] -> [ukraine]");
  }

  @Test
  void diffsARecordThatChangedKind() {
    Dossier before = Dossier.builder().add(Topic.of("x", "X")).build();
    Dossier after = Dossier.builder().add(Party.builder().id("x").kind(PartyKind.FORUM).name("X").build()).build();

    assertThat(before.diff(after).changed().get(0).fields()).extracting(FieldChange::toString).containsExactly("recordKind: topic -> party");
  }

  @Test
  void anEqualVersionHasAnEmptyDiff() {
    DossierDiff diff = DOSSIER.diff(December2021.dossier());

    assertThat(diff.isEmpty()).isTrue();
    assertThat(diff).hasToString("no differences").isEqualTo(DOSSIER.diff(DOSSIER));
  }

  @Test
  void mergesDossiersThatAgree() {
    Dossier parties = Dossier.builder().addAll(DOSSIER.parties()).build();
    Dossier partiesAndLeaders = Dossier.builder().addAll(DOSSIER.parties()).addAll(DOSSIER.leaders()).build();

    Dossier merged = parties.merge(partiesAndLeaders);

    assertThat(merged.records()).hasSize(12);
    assertThat(merged).isEqualTo(partiesAndLeaders);
    assertThat(DOSSIER.merge(DOSSIER)).isEqualTo(DOSSIER);
  }

  @Test
  void refusesToMergeDossiersThatDisagreeAndListsEveryConflict() {
    Conversation call = DOSSIER.find(PHONE_CALL, Conversation.class).orElseThrow();
    TimePoint otherStart = TimePoint.parse("2021-12-30T13:35-05:00");
    Conversation otherPage =
        Conversation.builder().from(call).when(Span.of(otherStart, java.time.Duration.ofMinutes(50))).build();
    Leader otherSpelling = Leader.builder().from(DOSSIER.find(USHAKOV, Leader.class).orElseThrow()).name("Yuri Ushakov").otherNames(List.of()).build();
    Dossier other = replace(replace(DOSSIER, otherPage), otherSpelling);

    assertThatThrownBy(() -> DOSSIER.merge(other))
        .isInstanceOfSatisfying(
            MergeConflictException.class,
            e -> assertThat(e.conflicts()).extracting(RecordChange::id).containsExactly(USHAKOV, PHONE_CALL))
        .hasMessage(
            "the dossiers disagree on 2 records:\n"
                + "  leader \"ushakov\"\n"
                + "    name: \"Yury Ushakov\" -> \"Yuri Ushakov\"\n"
                + "    otherNames: [Yuri Ushakov] -> []\n"
                + "  conversation \"phone-call-2021-12-30\"\n"
                + "    when: 2021-12-30T15:35-05:00/2021-12-30T16:25-05:00 (PT50M) -> 2021-12-30T13:35-05:00 (PT50M)");
  }

  private static Dossier replace(Dossier dossier, DossierRecord record) {
    Dossier.Builder builder = Dossier.builder();
    dossier.records().stream().filter(r -> !r.id().equals(record.id())).forEach(builder::add);
    return builder.add(record).build();
  }

  private static Dossier withoutRecord(Dossier dossier, String id) {
    Dossier.Builder builder = Dossier.builder();
    dossier.records().stream().filter(r -> !r.id().equals(id)).forEach(builder::add);
    return builder.build();
  }

  @Test
  void agreementsReachedInAConversationAreThoseAgreedOrSignedThere() {
    TimePoint day = TimePoint.parse("2021-12-30");
    Dossier dossier =
        Dossier.builder()
            .add(MinimalRecords.state("ru", "RU").build())
            .add(MinimalRecords.state("us", "US").build())
            .add(MinimalRecords.leader("putin", "ru").build())
            .add(MinimalRecords.leader("biden", "us").build())
            .add(MinimalRecords.conversation("call", "putin", "biden").build())
            .add(MinimalRecords.agreement("proposed", "ru").milestones(List.of(reached(Stage.PROPOSED, day, "call"))).build())
            .add(MinimalRecords.agreement("agreed", "ru").milestones(List.of(reached(Stage.AGREED, day, "call"))).build())
            .add(MinimalRecords.agreement("signed", "ru").milestones(List.of(reached(Stage.SIGNED, day, "call"))).build())
            .add(MinimalRecords.agreement("elsewhere", "ru").build())
            .build();

    assertThat(dossier.agreementsReachedIn("call")).extracting(Agreement::id).containsExactly("agreed", "signed");
  }

  private static Milestone reached(Stage stage, TimePoint when, String occasion) {
    return Milestone.builder().stage(stage).when(when).occasion(occasion).build();
  }

  @Test
  void aMilestoneMustFallWithinTheTalksThatAreItsOccasion() {
    Dossier sides =
        Dossier.builder()
            .add(MinimalRecords.state("ru", "RU").build())
            .add(MinimalRecords.state("us", "US").build())
            .add(MinimalRecords.talks("geneva", "ru", "us").build())
            .build();
    Milestone atTheTalks = reached(Stage.AGREED, TimePoint.parse("2022-01-10"), "geneva");
    Milestone before = reached(Stage.AGREED, TimePoint.parse("2021-12-30"), "geneva");

    assertThat(sides.toBuilder().add(MinimalRecords.agreement("a", "ru").milestones(List.of(atTheTalks)).build()).validate())
        .isEmpty();
    assertThat(sides.toBuilder().add(MinimalRecords.agreement("a", "ru").milestones(List.of(before)).build()).validate())
        .extracting(Problem::kind)
        .containsExactly(Problem.Kind.OCCASION_MISMATCH);
  }

  @Test
  void aMilestoneWhoseOccasionIsNoConversationOrTalksIsReportedAsTheWrongKind() {
    Dossier.Builder dossier =
        Dossier.builder()
            .add(MinimalRecords.state("ru", "RU").build())
            .add(MinimalRecords.agreement("a", "ru").milestones(List.of(reached(Stage.AGREED, TimePoint.parse("2021-12-30"), "ru"))).build());

    assertThat(dossier.validate()).extracting(Problem::kind).containsExactly(Problem.Kind.WRONG_KIND_OF_RECORD);
  }

  @Test
  void talksCarryingOutAnAgreementAreInTheirOrderInTime() {
    Dossier dossier =
        Dossier.builder()
            .add(MinimalRecords.state("ru", "RU").build())
            .add(MinimalRecords.state("us", "US").build())
            .add(MinimalRecords.agreement("a", "ru").build())
            .add(MinimalRecords.talks("z-first", "ru", "us").addCarriesOut("a").build())
            .add(MinimalRecords.talks("later", "ru", "us").when(Span.of(TimePoint.parse("2022-02-01"))).addCarriesOut("a").build())
            .add(MinimalRecords.talks("a-second", "ru", "us").addCarriesOut("a").build())
            .add(MinimalRecords.talks("unrelated", "ru", "us").build())
            .build();

    assertThat(dossier.talksCarryingOut("a")).extracting(Talks::id).containsExactly("a-second", "z-first", "later");
  }
}
