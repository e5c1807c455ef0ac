package dev.entente;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DossierValidationTest {
  private static final Party RUSSIA = Records.state("ru", "RU").name("Russia").build();
  private static final Party UNITED_STATES =
      Records.state("us", "US").name("United States").build();
  private static final Leader PUTIN =
      Records.leader("putin", "ru", Role.HEAD_OF_STATE).name("Vladimir Putin").build();
  private static final Leader BIDEN =
      Records.leader("biden", "us", Role.HEAD_OF_STATE).name("Joe Biden").build();

  private static Conversation.Builder call(String id, String day) {
    return Conversation.builder()
        .id(id)
        .mode(ConversationMode.PHONE_CALL)
        .addParticipants("putin", "biden")
        .when(Span.of(TimePoint.parse(day)));
  }

  /** A president from 1977 to 1981. */
  private static final Leader CARTER =
      Leader.builder()
          .id("carter")
          .name("Jimmy Carter")
          .addOffice(
              Office.builder()
                  .party("us")
                  .role(Role.HEAD_OF_STATE)
                  .term(Span.of(TimePoint.parse("1977-01-20"), TimePoint.parse("1981-01-20")))
                  .build())
          .build();

  private static Dossier.Builder valid() {
    return Dossier.builder().add(RUSSIA).add(UNITED_STATES).add(PUTIN).add(BIDEN);
  }

  @Test
  void aValidDossierHasNoProblems() {
    assertThat(valid().add(call("call", "2021-12-30").build()).validate()).isEmpty();
  }

  @Test
  void findsAPositionInAConversationStatedByALeaderWhoDidNotTakePartAndTakesOneOfAParty() {
    Leader ushakov = Records.leader("ushakov", "ru").build();
    Conversation call =
        call("call", "2021-12-30")
            .addPosition(Position.builder().by("ushakov").text("More talks.").build())
            .addPosition(Position.builder().by("ru").text("Guarantees first.").build())
            .addPosition(Position.builder().by("putin").text("Guarantees.").build())
            .build();

    assertThat(valid().add(ushakov).add(call).validate())
        .containsExactly(
            new Problem(
                Problem.Kind.NOT_A_PARTICIPANT,
                RecordKind.CONVERSATION,
                "call",
                "positions[0].by",
                "\"ushakov\" states a position but is not one of the participants [putin,"
                    + " biden]"));
  }

  @Test
  void findsADuplicateIdAcrossKinds() {
    Topic clash = Topic.of("putin", "Putin");

    assertThat(valid().add(clash).validate())
        .containsExactly(
            new Problem(
                Problem.Kind.DUPLICATE_ID,
                RecordKind.TOPIC,
                "putin",
                "id",
                "id \"putin\" is already used by a leader"));
  }

  @Test
  void findsAnUnknownReference() {
    Leader ushakov =
        Leader.builder()
            .id("ushakov")
            .name("Yury Ushakov")
            .addOffice(Office.of("russia", Role.ADVISER))
            .build();

    assertThat(valid().add(ushakov).validate())
        .containsExactly(
            new Problem(
                Problem.Kind.UNKNOWN_REFERENCE,
                RecordKind.LEADER,
                "ushakov",
                "offices[0].party",
                "no record has id \"russia\""));
  }

  @Test
  void findsAReferenceToTheWrongKindOfRecord() {
    Conversation call = call("call", "2021-12-30").participants(List.of("putin", "us")).build();

    assertThat(valid().add(call).validate())
        .containsExactly(
            new Problem(
                Problem.Kind.WRONG_KIND_OF_RECORD,
                RecordKind.CONVERSATION,
                "call",
                "participants[1]",
                "\"us\" is a party, but this field names a leader"));
  }

  @Test
  void reportsAFieldThatIsOneOfAListAtItsOwnPathToo() {
    Conversation call = call("call", "2021-12-30").addSubject("nato").mainSubject("nato").build();

    assertThat(valid().add(call).validate())
        .extracting(Problem::path)
        .containsExactly("subjects[0]", "mainSubject");
  }

  @Test
  void namesEveryKindAFieldAccepts() {
    Conversation call = call("call", "2021-12-30").addSubject("ru").build();

    assertThat(valid().add(call).validate())
        .extracting(Problem::message)
        .containsExactly("\"ru\" is a party, but this field names a topic, agreement or talks");
  }

  @Test
  void findsAReferenceInsideAPartWithItsPath() {
    Agreement agreement =
        Agreement.builder()
            .id("agreement")
            .kind(AgreementKind.COMMITMENT)
            .title("Contacts")
            .addParties("ru", "us")
            .addMilestone(
                Milestone.builder()
                    .stage(Stage.AGREED)
                    .when(TimePoint.parse("2021-12-30"))
                    .addBy("putin", "bidne")
                    .build())
            .build();

    assertThat(valid().add(agreement).validate())
        .extracting(Problem::path, Problem::message)
        .containsExactly(tuple("milestones[0].by[1]", "no record has id \"bidne\""));
  }

  /**
   * One walker goes through the references of every record in turn: each path starts afresh at its
   * record, after nested parts and claims of the records before.
   */
  @Test
  void placesReferencesInClaimsAndPartsOfOneRecordAfterAnother() {
    Conversation claimed =
        call("claimed", "2021-12-30")
            .addPosition(Position.builder().by("putin").text("No.").build())
            .addClaim(Claim.of("participants", List.of("putin", "bidne"), "nowhere"))
            .addClaim(Claim.of("participants", List.of("trump", "biden"), "nowhere"))
            .build();
    Leader ushakov =
        Leader.builder()
            .id("ushakov")
            .name("Yury Ushakov")
            .addOffice(Office.of("russia", Role.ADVISER))
            .build();

    assertThat(
            valid().add(claimed).add(ushakov).add(call("plain", "2022-01-01").build()).validate())
        .extracting(Problem::recordId, Problem::path)
        .containsExactly(
            tuple("claimed", "claims[0].source"),
            tuple("claimed", "claims[0].value[1]"),
            tuple("claimed", "claims[1].source"),
            tuple("claimed", "claims[1].value[0]"),
            tuple("ushakov", "offices[0].party"));
  }

  @Test
  void findsAConversationThatFollowsALaterOne() {
    Conversation earlier = call("earlier", "2021-12-07").addFollow("later").build();
    Conversation later = call("later", "2021-12-30").build();

    assertThat(valid().add(earlier).add(later).validate())
        .containsExactly(
            new Problem(
                Problem.Kind.THREAD_OUT_OF_ORDER,
                RecordKind.CONVERSATION,
                "earlier",
                "follows[0]",
                "follows conversation \"later\" of 2021-12-30, which is after this conversation's start 2021-12-07"));
  }

  @Test
  void acceptsAConversationFollowingOneOfTheSameDay() {
    Conversation first = call("first", "2021-12-30").build();
    Conversation second = call("second", "2021-12-30").addFollow("first").build();

    assertThat(valid().add(first).add(second).validate()).isEmpty();
  }

  @Test
  void findsAMilestoneOutsideItsOccasion() {
    Conversation videoCall =
        Conversation.builder()
            .id("video-call")
            .mode(ConversationMode.VIDEO_CALL)
            .addParticipants("putin", "biden")
            .when(Span.of(TimePoint.parse("2021-12-07"), Duration.ofHours(2)))
            .build();
    Agreement agreement =
        Agreement.builder()
            .id("agreement")
            .kind(AgreementKind.AGREEMENT_IN_PRINCIPLE)
            .title("Negotiations")
            .addParties("ru", "us")
            .addMilestone(
                Milestone.builder()
                    .stage(Stage.AGREED)
                    .when(TimePoint.parse("2021-12-08"))
                    .occasion("video-call")
                    .build())
            .build();

    assertThat(valid().add(videoCall).add(agreement).validate())
        .containsExactly(
            new Problem(
                Problem.Kind.OCCASION_MISMATCH,
                RecordKind.AGREEMENT,
                "agreement",
                "milestones[0].when",
                "2021-12-08 does not fall within its occasion \"video-call\" (2021-12-07 (PT2H))"));
  }

  @Test
  void acceptsAMilestoneDatedInAnotherTimeZoneThanItsOccasion() {
    Conversation call =
        call("call", "2021-12-30")
            .when(
                Span.of(
                    TimePoint.parse("2021-12-30T15:35-05:00"),
                    TimePoint.parse("2021-12-30T16:25-05:00")))
            .build();
    Agreement commitment =
        Agreement.builder()
            .id("commitment")
            .kind(AgreementKind.COMMITMENT)
            .title("Contacts")
            .addParties("ru", "us")
            // The Kremlin dates it the 31st, Moscow time.
            .addMilestone(
                Milestone.builder()
                    .stage(Stage.AGREED)
                    .when(TimePoint.parse("2021-12-31"))
                    .occasion("call")
                    .build())
            .build();

    assertThat(valid().add(call).add(commitment).validate()).isEmpty();
  }

  @Test
  void collectsEveryProblemOfSeveralRecordsAndBuildingListsThemAll() {
    Dossier.Builder builder =
        valid()
            .add(
                Leader.builder()
                    .id("ushakov")
                    .name("Yury Ushakov")
                    .addOffice(Office.of("russia", Role.ADVISER))
                    .build())
            .add(
                call("call", "2021-12-30")
                    .participants(List.of("putin", "trump"))
                    .addSource("readout")
                    .build())
            .add(Topic.of("ru", "Russia"));

    List<Problem> problems = builder.validate();

    assertThat(problems)
        .extracting(Problem::kind, Problem::recordId, Problem::path)
        .containsExactly(
            tuple(Problem.Kind.UNKNOWN_REFERENCE, "ushakov", "offices[0].party"),
            tuple(Problem.Kind.UNKNOWN_REFERENCE, "call", "participants[1]"),
            tuple(Problem.Kind.UNKNOWN_REFERENCE, "call", "sources[0]"),
            tuple(Problem.Kind.DUPLICATE_ID, "ru", "id"));
    assertThatThrownBy(builder::build)
        .isInstanceOfSatisfying(
            InvalidDossierException.class, e -> assertThat(e.problems()).isEqualTo(problems))
        .hasMessage(
            """
            the dossier has 4 problems:
              leader "ushakov" offices[0].party: no record has id "russia"
              conversation "call" participants[1]: no record has id "trump"
              conversation "call" sources[0]: no record has id "readout"
              topic "ru" id: id "ru" is already used by a party\
            """);
  }

  @Test
  void aRecordCheckedAloneAgainstTheRecordsItNamesHasItsProblemsInTheDossier() {
    Conversation call =
        call("call", "2021-12-30")
            .participants(List.of("putin", "ru", "trump"))
            .addFollow("later")
            .build();
    Conversation later = call("later", "2022-02-01").build();
    Map<String, DossierRecord> named =
        Map.of("putin", PUTIN, "ru", RUSSIA, "later", later, "biden", BIDEN);

    List<Problem> alone = RulesAcrossRecords.check(call, named::get);

    assertThat(RulesAcrossRecords.namedIds(call)).containsExactly("putin", "ru", "trump", "later");
    assertThat(alone)
        .extracting(Problem::kind, Problem::path)
        .containsExactly(
            tuple(Problem.Kind.WRONG_KIND_OF_RECORD, "participants[1]"),
            tuple(Problem.Kind.UNKNOWN_REFERENCE, "participants[2]"),
            tuple(Problem.Kind.THREAD_OUT_OF_ORDER, "follows[0]"));
    assertThat(alone).isEqualTo(valid().add(later).add(call).validate());
    assertThat(RulesAcrossRecords.duplicateId(Topic.of("ru", "Russia"), RecordKind.PARTY))
        .hasToString("topic \"ru\" id: id \"ru\" is already used by a party");
  }

  @Test
  void anInvalidDossierExceptionNeedsAProblem() {
    assertThatThrownBy(() -> new InvalidDossierException(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an invalid dossier has at least one problem");
  }

  @Test
  void warnsOfAParticipantWhoseOfficesDoNotCoverTheEngagementAndBuildsTheDossier() {
    Conversation call =
        Records.conversation("call-1994", "putin", "carter")
            .when(Span.of(TimePoint.parse("1994-06-15")))
            .build();
    Talks talks =
        Records.talks("talks-1994", "ru", "us")
            .when(Span.of(TimePoint.parse("1994-06-16")))
            .delegations(
                List.of(
                    Delegation.of("ru"),
                    Delegation.builder().party("us").addMember("carter").build()))
            .build();
    Dossier.Builder records = valid().add(CARTER).add(call).add(talks);

    assertThat(records.validate())
        .extracting(Problem::kind, Problem::recordId, Problem::path, Problem::severity)
        .containsExactly(
            tuple(
                Problem.Kind.NO_OFFICE_AT_THE_TIME,
                "call-1994",
                "participants[1]",
                Problem.Severity.WARNING),
            tuple(
                Problem.Kind.NO_OFFICE_AT_THE_TIME,
                "talks-1994",
                "delegations[1].members[0]",
                Problem.Severity.WARNING));
    assertThat(records.validate().get(1).message())
        .isEqualTo(
            "\"carter\" held no office of \"us\" at the time, as the terms of the leader's offices"
                + " say");
    assertThat(records.validate().get(0).isError()).isFalse();
    assertThat(records.build().find("call-1994")).isPresent();
  }

  @Test
  void acceptsAParticipantInOfficeOrWhoseTermIsNotRecorded() {
    Conversation inTerm =
        Records.conversation("call-1979", "putin", "carter")
            .when(Span.of(TimePoint.parse("1979-06-15")))
            .build();
    // Putin's office has no term: he is not taken to be out of office in 1994.
    Conversation outOfTerm =
        Records.conversation("call-1994", "putin", "biden")
            .when(Span.of(TimePoint.parse("1994-06-15")))
            .build();

    assertThat(valid().add(CARTER).add(inTerm).add(outOfTerm).validate()).isEmpty();
    assertThat(Problem.Kind.DUPLICATE_ID.severity()).isEqualTo(Problem.Severity.ERROR);
  }
}
