package dev.entente.testing;

import static dev.entente.testing.EntenteAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entente.Agreement;
import dev.entente.AgreementKind;
import dev.entente.Characterisation;
import dev.entente.Claim;
import dev.entente.Conversation;
import dev.entente.ConversationMode;
import dev.entente.CountryCode;
import dev.entente.Dossier;
import dev.entente.Leader;
import dev.entente.Membership;
import dev.entente.Milestone;
import dev.entente.Office;
import dev.entente.Party;
import dev.entente.PartyKind;
import dev.entente.Place;
import dev.entente.Position;
import dev.entente.Problem;
import dev.entente.Recognition;
import dev.entente.Role;
import dev.entente.Span;
import dev.entente.Stage;
import dev.entente.Statement;
import dev.entente.StatementKind;
import dev.entente.Talks;
import dev.entente.TalksFormat;
import dev.entente.TalksStatus;
import dev.entente.TimePoint;
import dev.entente.Visit;
import dev.entente.VisitKind;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Every assertion of the kit passes when it should, and fails when it should with its message. */
class EntenteAssertionsTest {
  private static final Conversation CALL = December2021.phoneCall();
  private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
  private static final ZoneId WASHINGTON = ZoneId.of("America/New_York");

  private static void fails(ThrowingCallable assertion, String message) {
    assertThatThrownBy(assertion).isInstanceOf(AssertionError.class).hasMessage(message);
  }

  @Test
  void claimsOfOtherSources() {
    Span earlier = Span.of(TimePoint.parse("2021-12-30T13:35-05:00"));
    Conversation disputed =
        MinimalRecords.conversation("call", "putin", "biden")
            .addClaim(Claim.of("when", earlier, "news-page"))
            .build();
    assertThat(disputed).hasClaim("when", earlier, "news-page");
    assertThat(CALL).hasNoClaims();
    fails(
        () -> assertThat(disputed).hasClaim("when", earlier, "other-page"),
        "\nExpecting conversation \"call\"\nto hold the claim of \"other-page\" that its when is "
            + earlier
            + ",\nbut its claims are [when="
            + earlier
            + " per news-page]");
    fails(
        () -> assertThat(disputed).hasNoClaims(),
        "\nExpecting conversation \"call\"\nto hold no claims,\nbut its claims are [when="
            + earlier
            + " per news-page]");
  }

  @Test
  void statementLanguageAndRetrieval() {
    Statement readout =
        MinimalRecords.statement("readout", "ru")
            .language("ru")
            .retrieved(TimePoint.parse("2022-01-03"))
            .build();
    assertThat(readout).isInLanguage("ru").wasRetrievedAt("2022-01-03");
    fails(
        () -> assertThat(readout).isInLanguage("en"),
        "\nExpecting statement \"readout\"\nto be in the language \"en\",\nbut it is in \"ru\"");
    fails(
        () -> assertThat(MinimalRecords.statement("s", "ru").build()).wasRetrievedAt("2022"),
        "\nExpecting statement \"s\"\nto have been retrieved at 2022,\nbut its retrieval is not recorded");
  }

  @Test
  void positionsAndCharacterisationsOfTalksAndAgreements() {
    Talks talks =
        MinimalRecords.talks("talks", "ru", "us")
            .addPosition(Position.builder().by("ru").text("Guarantees first.").source("s").build())
            .addCharacterisation(Characterisation.builder().by("us").addWords("useful").build())
            .build();
    Agreement agreement =
        MinimalRecords.agreement("agreement", "ru")
            .addPosition(Position.builder().by("us").text("Not enough.").build())
            .build();
    assertThat(talks).hasPositionStatedBy("ru").hasPositionStatedBy("ru", "s");
    assertThat(talks).wasCharacterisedAs("useful");
    assertThat(agreement).hasPositionStatedBy("us");
    fails(
        () -> assertThat(talks).hasPositionStatedBy("ru", "other"),
        "\nExpecting talks \"talks\"\nto record a position stated by \"ru\" as \"other\" reports it,\nbut its positions are [ru per s]");
    fails(
        () -> assertThat(agreement).hasPositionStatedBy("ru"),
        "\nExpecting agreement \"agreement\"\nto record a position stated by \"ru\",\nbut its positions are stated by [us]");
  }

  @Test
  void conversationMode() {
    assertThat(CALL).isPhoneCall().hasMode(ConversationMode.PHONE_CALL);
    assertThat(December2021.videoCall()).isVideoCall();
    fails(
        () -> assertThat(CALL).isVideoCall(),
        "\nExpecting conversation \"phone-call-2021-12-30\"\nto be a video call,\nbut it was a phone call");
    fails(
        () -> assertThat(CALL).isInPersonMeeting(),
        "\nExpecting conversation \"phone-call-2021-12-30\"\nto be an in person meeting,\nbut it was a phone call");
  }

  @Test
  void conversationParticipants() {
    assertThat(CALL).hasParticipants("putin", "biden").hasParticipants("biden", "putin");
    fails(
        () -> assertThat(CALL).hasParticipants("putin"),
        "\nExpecting conversation \"phone-call-2021-12-30\"\nto have the participants [putin],\nbut they were [putin, biden]");
  }

  @Test
  void conversationInitiator() {
    assertThat(CALL).wasInitiatedBy("putin");
    fails(
        () -> assertThat(CALL).wasInitiatedBy("biden"),
        "\nExpecting conversation \"phone-call-2021-12-30\"\nto have been initiated by \"biden\",\nbut it was initiated by \"putin\"");
    fails(
        () -> assertThat(December2021.videoCall()).wasInitiatedBy("biden"),
        "\nExpecting conversation \"video-call-2021-12-07\"\nto have been initiated by \"biden\",\nbut no initiator is recorded");
  }

  @Test
  void conversationLength() {
    assertThat(CALL).lasted(Duration.ofMinutes(50));
    fails(
        () -> assertThat(CALL).lasted(Duration.ofHours(1)),
        "\nExpecting conversation \"phone-call-2021-12-30\"\nto have lasted PT1H,\nbut it lasted PT50M");
    Conversation unknown = MinimalRecords.conversation("call", "a", "b").build();
    fails(
        () -> assertThat(unknown).lasted(Duration.ofHours(1)),
        "\nExpecting conversation \"call\"\nto have lasted PT1H,\nbut its length is not known (2021-12-30)");
  }

  @Test
  void conversationDay() {
    assertThat(CALL)
        .tookPlaceOn(LocalDate.of(2021, 12, 31), MOSCOW)
        .tookPlaceOn(LocalDate.of(2021, 12, 30), WASHINGTON);
    fails(
        () -> assertThat(CALL).tookPlaceOn(LocalDate.of(2021, 12, 31), WASHINGTON),
        "\nExpecting conversation \"phone-call-2021-12-30\"\nto have taken place on 2021-12-31 in America/New_York,\nbut it took"
            + " place 2021-12-30T15:35-05:00/2021-12-30T16:25-05:00 (PT50M)");
  }

  @Test
  void conversationStart() {
    assertThat(CALL).startedAt("2021-12-30T15:35-05:00");
    fails(
        () -> assertThat(CALL).startedAt("2021-12-30T13:35-05:00"),
        "\nExpecting conversation \"phone-call-2021-12-30\"\nto have started at 2021-12-30T13:35-05:00,\nbut it started at"
            + " 2021-12-30T15:35-05:00");
  }

  @Test
  void conversationSubjects() {
    assertThat(CALL)
        .discussed("security-guarantees", "nato-enlargement")
        .hasMainSubject("agreement-2021-12-07");
    fails(
        () -> assertThat(December2021.videoCall()).discussed("ukraine", "arms-control"),
        "\nExpecting conversation \"video-call-2021-12-07\"\nto have discussed [ukraine, arms-control],\nbut it did not discuss"
            + " [arms-control]; its subjects are [ukraine, bilateral-relations, cyber-security, iran-nuclear-deal]");
    fails(
        () -> assertThat(December2021.videoCall()).hasMainSubject("ukraine"),
        "\nExpecting conversation \"video-call-2021-12-07\"\nto have the main subject \"ukraine\",\nbut no main subject is recorded");
    fails(
        () -> assertThat(CALL).hasMainSubject("ukraine"),
        "\nExpecting conversation \"phone-call-2021-12-30\"\nto have the main subject \"ukraine\",\nbut its main subject is \"agreement-2021-12-07\"");
  }

  @Test
  void conversationThreadPositionsAndCharacterisations() {
    assertThat(CALL)
        .follows("video-call-2021-12-07")
        .hasPositionStatedBy("putin")
        .wasCharacterisedAs("frank", "mutually beneficial");
    fails(
        () -> assertThat(CALL).follows("call-2021-12-01"),
        "\nExpecting conversation \"phone-call-2021-12-30\"\nto follow \"call-2021-12-01\",\nbut it follows [video-call-2021-12-07]");
    fails(
        () -> assertThat(CALL).hasPositionStatedBy("biden"),
        "\nExpecting conversation \"phone-call-2021-12-30\"\nto record a position stated by \"biden\",\nbut its positions are stated by"
            + " [putin]");
    fails(
        () -> assertThat(CALL).wasCharacterisedAs("frank", "tense"),
        "\nExpecting conversation \"phone-call-2021-12-30\"\nto have been characterised as [frank, tense],\nbut its characterisations"
            + " are [[frank, professional, mutually beneficial]]");
  }

  @Test
  void anyRecord() {
    assertThat(CALL).hasId("phone-call-2021-12-30").citesSources("kremlin-readout-2021-12-31");
    fails(
        () -> assertThat(CALL).hasId("call"),
        "\nExpecting conversation \"phone-call-2021-12-30\"\nto have the id \"call\",\nbut its id is \"phone-call-2021-12-30\"");
    fails(
        () -> assertThat(CALL).citesSources("white-house"),
        "\nExpecting conversation \"phone-call-2021-12-30\"\nto cite the sources [white-house],\nbut it does not cite [white-house];"
            + " its sources are [kremlin-readout-2021-12-31, prensa-latina-report-2021-12-31]");
    fails(() -> assertThat((Conversation) null).isPhoneCall(), "\nExpecting actual not to be null");
  }

  @Test
  void describedAssertionsSayWhatTheyCheck() {
    fails(
        () -> assertThat(CALL).as("the Friday call").isVideoCall(),
        "[the Friday call] \nExpecting conversation \"phone-call-2021-12-30\"\nto be a video call,\nbut it was a phone call");
  }

  @Test
  void agreements() {
    assertThat(December2021.negotiationsAgreement())
        .hasStatus(Stage.AGREED)
        .isOfKind(AgreementKind.AGREEMENT_IN_PRINCIPLE)
        .binds("us", "ru")
        .hasMilestone(Stage.AGREED, "2021-12-07")
        .hasStatusFor("ru", Stage.AGREED);
    Agreement suspendedByOne =
        Agreement.builder()
            .from(December2021.negotiationsAgreement())
            .addMilestone(
                Milestone.builder()
                    .stage(Stage.SUSPENDED)
                    .when(TimePoint.parse("2023-02-21"))
                    .addParty("ru")
                    .build())
            .build();
    assertThat(suspendedByOne)
        .hasStatusFor("ru", Stage.SUSPENDED)
        .hasStatusFor("us", Stage.AGREED)
        .hasStatus(Stage.AGREED);
    fails(
        () -> assertThat(suspendedByOne).hasStatusFor("us", Stage.SUSPENDED),
        "\nExpecting agreement \"agreement-2021-12-07\"\nto have the status suspended for \"us\",\nbut"
            + " its status for \"us\" is agreed");
    fails(
        () -> assertThat(suspendedByOne).hasStatusFor("ua", Stage.AGREED),
        "\nExpecting agreement \"agreement-2021-12-07\"\nto have the status agreed for \"ua\",\nbut"
            + " \"ua\" is not one of its parties [ru, us]");
    fails(
        () -> assertThat(December2021.negotiationsAgreement()).hasStatus(Stage.SIGNED),
        "\nExpecting agreement \"agreement-2021-12-07\"\nto have the status signed,\nbut its status is agreed");
    fails(
        () -> assertThat(December2021.negotiationsAgreement()).isOfKind(AgreementKind.TREATY),
        "\nExpecting agreement \"agreement-2021-12-07\"\nto be a treaty,\nbut it is an agreement in principle");
    fails(
        () -> assertThat(December2021.negotiationsAgreement()).binds("ru"),
        "\nExpecting agreement \"agreement-2021-12-07\"\nto bind the parties [ru],\nbut it binds [ru, us]");
    fails(
        () ->
            assertThat(December2021.negotiationsAgreement())
                .hasMilestone(Stage.SIGNED, "2021-12-07"),
        "\nExpecting agreement \"agreement-2021-12-07\"\nto have the milestone signed 2021-12-07,\nbut its milestones are [agreed"
            + " 2021-12-07]");
    fails(
        () ->
            assertThat(December2021.negotiationsAgreement())
                .hasMilestone(Stage.AGREED, "2021-12-08"),
        "\nExpecting agreement \"agreement-2021-12-07\"\nto have the milestone agreed 2021-12-08,\nbut its milestones are [agreed"
            + " 2021-12-07]");
  }

  @Test
  void talks() {
    assertThat(December2021.genevaTalks())
        .hasStatus(TalksStatus.SCHEDULED)
        .hasFormat(TalksFormat.BILATERAL)
        .startsOn(LocalDate.of(2022, 1, 10))
        .takesPlaceIn("Geneva")
        .hasParties("us", "ru")
        .carriesOut("agreement-2021-12-07");
    String talks = "\nExpecting talks \"talks-2022-01-10-geneva\"\n";
    fails(
        () -> assertThat(December2021.genevaTalks()).hasStatus(TalksStatus.HELD),
        talks + "to be held,\nbut they are scheduled");
    fails(
        () -> assertThat(December2021.genevaTalks()).hasFormat(TalksFormat.MULTILATERAL),
        talks + "to be multilateral,\nbut they are bilateral");
    fails(
        () -> assertThat(December2021.genevaTalks()).startsOn(LocalDate.of(2022, 1, 11)),
        talks + "to start on 2022-01-11,\nbut they start 2022-01-10");
    Talks inJanuary =
        Talks.builder()
            .from(December2021.genevaTalks())
            .when(Span.of(TimePoint.parse("2022-01")))
            .build();
    fails(
        () -> assertThat(inJanuary).startsOn(LocalDate.of(2022, 1, 1)),
        talks + "to start on 2022-01-01,\nbut they start 2022-01");
    fails(
        () -> assertThat(inJanuary).startsOn(LocalDate.of(2022, 1, 31)),
        talks + "to start on 2022-01-31,\nbut they start 2022-01");
    fails(
        () -> assertThat(December2021.genevaTalks()).takesPlaceIn("Vienna"),
        talks + "to take place in Vienna,\nbut they take place in Geneva, CH");
    fails(
        () -> assertThat(December2021.genevaTalks()).hasParties("ru", "osce"),
        talks + "to have the parties [ru, osce],\nbut they have [ru, us]");
    fails(
        () -> assertThat(December2021.genevaTalks()).carriesOut("draft-2021-12-15-1"),
        talks + "to carry out \"draft-2021-12-15-1\",\nbut they carry out [agreement-2021-12-07]");
    Talks moved =
        Talks.builder()
            .from(December2021.genevaTalks())
            .when(Span.of(TimePoint.parse("2022-01-11")))
            .status(TalksStatus.RESCHEDULED)
            .addPreviousDate(Span.of(TimePoint.parse("2022-01-10")))
            .announcedBy("call-2021-12-30")
            .build();
    assertThat(moved)
        .werePreviouslyPlannedFor(Span.of(TimePoint.parse("2022-01-10")))
        .wereAnnouncedBy("call-2021-12-30");
    fails(
        () -> assertThat(moved).werePreviouslyPlannedFor(Span.of(TimePoint.parse("2022-01-09"))),
        talks
            + "to have been planned for 2022-01-09 before,\nbut they were planned for [2022-01-10]");
    fails(
        () ->
            assertThat(December2021.genevaTalks())
                .werePreviouslyPlannedFor(Span.of(TimePoint.parse("2022-01-09"))),
        talks + "to have been planned for 2022-01-09 before,\nbut no previous date is recorded");
    fails(
        () -> assertThat(moved).wereAnnouncedBy("readout"),
        talks
            + "to have been announced by \"readout\",\nbut they were announced by"
            + " \"call-2021-12-30\"");
    fails(
        () -> assertThat(December2021.genevaTalks()).wereAnnouncedBy("readout"),
        talks
            + "to have been announced by \"readout\",\nbut nothing is recorded to have announced"
            + " them");
  }

  @Test
  void parties() {
    assertThat(December2021.russia())
        .isState()
        .hasKind(PartyKind.STATE)
        .isNamed("Russia")
        .isKnownAs("Russian Federation")
        .isKnownAs("Russia")
        .hasCountry("RU");
    assertThat(December2021.dossier()).party("us-state-department").isPartOf("us");
    String russia = "\nExpecting party \"ru\"\n";
    fails(
        () -> assertThat(December2021.russia()).hasKind(PartyKind.FORUM),
        russia + "to be a forum,\nbut it is a state");
    fails(
        () -> assertThat(December2021.russia()).isNamed("USSR"),
        russia + "to be named \"USSR\",\nbut it is named \"Russia\"");
    fails(
        () -> assertThat(December2021.russia()).isKnownAs("USSR"),
        russia
            + "to be known as \"USSR\",\nbut it is known as \"Russia\" and [Russian Federation]");
    fails(
        () -> assertThat(December2021.russia()).hasCountry("SU"),
        russia + "to have the country SU,\nbut its country is RU");
    fails(
        () -> assertThat(December2021.russia()).isPartOf("un"),
        russia + "to be part of \"un\",\nbut it is part of no other party");
    fails(
        () -> assertThat(December2021.dossier()).party("us-state-department").isPartOf("ru"),
        "\nExpecting party \"us-state-department\"\nto be part of \"ru\",\nbut it is part of \"us\"");
  }

  @Test
  void partiesAcrossTime() {
    Party sovietUnion =
        MinimalRecords.state("su", "SUHH")
            .began(TimePoint.parse("1922-12-30"))
            .ended(TimePoint.parse("1991-12-26"))
            .build();
    Party russia =
        Party.builder()
            .from(December2021.russia())
            .addPredecessor("su")
            .recognition(Recognition.GENERAL)
            .build();
    assertThat(sovietUnion)
        .hasCountry("SUHH")
        .existedOn(LocalDate.of(1922, 12, 30))
        .existedOn(LocalDate.of(1991, 12, 26))
        .hasPredecessors();
    assertThat(russia)
        .existedOn(LocalDate.of(1800, 1, 1))
        .hasPredecessors("su")
        .hasRecognition(Recognition.GENERAL);
    String su = "\nExpecting party \"su\"\n";
    Party nato =
        Party.builder()
            .from(December2021.dossier().find(December2021.NATO, Party.class).orElseThrow())
            .addMember(
                Membership.builder().party("pl").joined(TimePoint.parse("1999-03-12")).build())
            .build();
    assertThat(nato).hadMemberOn("pl", LocalDate.of(1999, 3, 12));
    fails(
        () -> assertThat(nato).hadMemberOn("pl", LocalDate.of(1999, 3, 11)),
        "\nExpecting party \"nato\"\nto have had \"pl\" as a member on 1999-03-11,\nbut its members on that"
            + " day were []");
    fails(
        () -> assertThat(sovietUnion).existedOn(LocalDate.of(1991, 12, 27)),
        su + "to have existed on 1991-12-27,\nbut it existed from 1922-12-30 until 1991-12-26");
    fails(
        () -> assertThat(sovietUnion).existedOn(LocalDate.of(1922, 12, 29)),
        su + "to have existed on 1922-12-29,\nbut it existed from 1922-12-30 until 1991-12-26");
    fails(
        () -> assertThat(russia).existedOn(LocalDate.of(2021, 12, 30)).hasPredecessors("su", "ru"),
        "\nExpecting party \"ru\"\nto have the predecessors [su, ru],\nbut its predecessors are [su]");
    fails(
        () -> assertThat(December2021.russia()).hasPredecessors("su"),
        "\nExpecting party \"ru\"\nto have the predecessors [su],\nbut its predecessors are []");
    fails(
        () -> assertThat(russia).hasRecognition(Recognition.PARTIAL),
        "\nExpecting party \"ru\"\nto have partial recognition,\nbut its recognition is general");
    fails(
        () -> assertThat(sovietUnion).hasRecognition(Recognition.GENERAL),
        su + "to have general recognition,\nbut no recognition is recorded");
    fails(
        () ->
            assertThat(MinimalRecords.state("xx", "RU").build())
                .existedOn(LocalDate.of(1, 1, 1))
                .hasCountry("SUHH"),
        "\nExpecting party \"xx\"\nto have the country SUHH,\nbut its country is RU");
    fails(
        () ->
            assertThat(MinimalRecords.state("yy", "RU").ended(TimePoint.parse("1900")).build())
                .existedOn(LocalDate.of(1901, 1, 1)),
        "\nExpecting party \"yy\"\nto have existed on 1901-01-01,\nbut it existed from a time not recorded until 1900");
  }

  @Test
  void visits() {
    Visit visit =
        MinimalRecords.visit("visit-2138", "kalakaua", "us")
            .when(Span.of(TimePoint.parse("1874-12-12"), TimePoint.parse("1874-12-23")))
            .kind(VisitKind.STATE_VISIT)
            .addPlace(Place.of("Washington", CountryCode.of("US")))
            .build();
    Visit received = Visit.builder().from(visit).addHost("grant").build();
    Visit nowhere = MinimalRecords.visit("v", "putin", "us").build();
    assertThat(visit)
        .isOfKind(VisitKind.STATE_VISIT)
        .wasMadeBy("kalakaua")
        .wasHostedBy("us")
        .hasNoNamedHosts()
        .startsOn(LocalDate.of(1874, 12, 12))
        .wentTo("Washington")
        .wentToCountry(CountryCode.of("US"));
    assertThat(received).wasReceivedBy("grant");
    Visit toHonolulu =
        MinimalRecords.visit("trip", "grant", "kingdom-of-hawaii")
            .addPlace(Place.builder().addLocality("Honolulu").party("kingdom-of-hawaii").build())
            .build();
    assertThat(toHonolulu).wentToState("kingdom-of-hawaii");
    fails(
        () -> assertThat(toHonolulu).wentToCountry(CountryCode.of("US")),
        "\nExpecting visit \"trip\"\nto have gone to a place in US,\nbut it went to [Honolulu,"
            + " kingdom-of-hawaii]");
    fails(
        () -> assertThat(visit).wentToState("kingdom-of-hawaii"),
        "\nExpecting visit \"visit-2138\"\n"
            + "to have gone to a place in the state \"kingdom-of-hawaii\",\nbut it went to"
            + " [Washington, US]");
    fails(
        () -> assertThat(nowhere).wentToCountry(CountryCode.of("US")),
        "\nExpecting visit \"v\"\nto have gone to a place in US,\nbut no place is recorded");
    String kalakaua = "\nExpecting visit \"visit-2138\"\n";
    fails(
        () -> assertThat(visit).isOfKind(VisitKind.PRIVATE_VISIT),
        kalakaua + "to be a private visit,\nbut it is a state visit");
    fails(
        () -> assertThat(nowhere).isOfKind(VisitKind.PRIVATE_VISIT),
        "\nExpecting visit \"v\"\nto be a private visit,\nbut no kind is recorded");
    fails(
        () -> assertThat(visit).wasMadeBy("kalakaua", "grant"),
        kalakaua + "to have been made by [kalakaua, grant],\nbut it was made by [kalakaua]");
    fails(
        () -> assertThat(visit).wasHostedBy("hawaii"),
        kalakaua + "to have been hosted by \"hawaii\",\nbut it was hosted by \"us\"");
    fails(
        () -> assertThat(received).hasNoNamedHosts(),
        kalakaua + "to name no host,\nbut it names the hosts [grant]");
    fails(
        () -> assertThat(visit).wasReceivedBy("grant"),
        kalakaua + "to have been received by \"grant\",\nbut its named hosts are []");
    fails(
        () -> assertThat(visit).startsOn(LocalDate.of(1874, 12, 23)),
        kalakaua + "to start on 1874-12-23,\nbut it starts 1874-12-12");
    fails(
        () -> assertThat(visit).wentTo("Boston"),
        kalakaua + "to have gone to Boston,\nbut it went to [Washington, US]");
    fails(
        () -> assertThat(nowhere).wentTo("Boston"),
        "\nExpecting visit \"v\"\nto have gone to Boston,\nbut no place is recorded");
    assertThat(December2021.dossier().toBuilder().add(nowhere).build())
        .visit("v")
        .wasHostedBy("us");
  }

  @Test
  void leaders() {
    Leader ushakov = December2021.dossier().find("ushakov", Leader.class).orElseThrow();
    assertThat(ushakov)
        .isNamed("Yury Ushakov")
        .isKnownAs("Yuri Ushakov")
        .isKnownAs("Yury Ushakov")
        .actsFor("ru")
        .hasRole(Role.ADVISER)
        .holdsOffice("Adviser to the Russian President on international affairs");
    String who = "\nExpecting leader \"ushakov\"\n";
    fails(
        () -> assertThat(ushakov).isNamed("Yuri Ushakov"),
        who + "to be named \"Yuri Ushakov\",\nbut the leader is named \"Yury Ushakov\"");
    fails(
        () -> assertThat(ushakov).isKnownAs("Juri Uschakow"),
        who
            + "to be known as \"Juri Uschakow\",\nbut the leader is known as \"Yury Ushakov\" and [Yuri Ushakov]");
    fails(
        () -> assertThat(ushakov).actsFor("us"),
        who + "to act for \"us\",\nbut the leader acts for [ru]");
    fails(
        () -> assertThat(ushakov).hasRole(Role.ENVOY),
        who + "to act as envoy,\nbut the leader acts as [adviser]");
    fails(
        () -> assertThat(ushakov).holdsOffice("Spokesman"),
        who
            + "to hold the office \"Spokesman\",\nbut the leader holds [Adviser to the Russian President on international affairs]");
    fails(
        () -> assertThat(MinimalRecords.leader("x", "ru").build()).holdsOffice("Spokesman"),
        "\nExpecting leader \"x\"\nto hold the office \"Spokesman\",\nbut no title is recorded");
    Leader cleveland =
        Leader.builder()
            .id("cleveland")
            .name("Grover Cleveland")
            .addOffice(
                Office.builder()
                    .party("us")
                    .role(Role.HEAD_OF_STATE)
                    .term(Span.of(TimePoint.parse("1885-03-04"), TimePoint.parse("1889-03-04")))
                    .build())
            .addOffice(Office.of("ny", Role.OFFICIAL))
            .build();
    assertThat(cleveland).heldOfficeOn(LocalDate.of(1889, 3, 4)).actsFor("ny");
    fails(
        () -> assertThat(cleveland).heldOfficeOn(LocalDate.of(1890, 1, 1)),
        "\nExpecting leader \"cleveland\"\nto have held an office on 1890-01-01,\nbut the terms of the"
            + " leader's offices are [1885-03-04/1889-03-04, not recorded]");
  }

  @Test
  void topicsAndStatements() {
    assertThat(December2021.dossier()).topic("ukraine").hasLabel("Ukraine");
    fails(
        () -> assertThat(December2021.dossier()).topic("ukraine").hasLabel("The Ukraine"),
        "\nExpecting topic \"ukraine\"\nto have the label \"The Ukraine\",\nbut its label is \"Ukraine\"");
    assertThat(December2021.kremlinReadout())
        .hasKind(StatementKind.READOUT)
        .isBy("kremlin-press-service")
        .isDated("2021-12-31")
        .isAbout("phone-call-2021-12-30")
        .quotes("frank, professional");
    String readout = "\nExpecting statement \"kremlin-readout-2021-12-31\"\n";
    fails(
        () -> assertThat(December2021.kremlinReadout()).hasKind(StatementKind.COMMENT),
        readout + "to be a comment,\nbut it is a readout");
    fails(
        () -> assertThat(December2021.kremlinReadout()).isBy("putin"),
        readout + "to be by \"putin\",\nbut it is by \"kremlin-press-service\"");
    fails(
        () -> assertThat(December2021.kremlinReadout()).isDated("2021-12-30"),
        readout + "to be dated 2021-12-30,\nbut it is dated 2021-12-31");
    fails(
        () -> assertThat(December2021.kremlinReadout()).isAbout("talks-2022-01-10-geneva"),
        readout
            + "to be about [talks-2022-01-10-geneva],\nbut it is not about [talks-2022-01-10-geneva]; it is about"
            + " [phone-call-2021-12-30, agreement-2021-12-07, commitment-2021-12-30]");
    fails(
        () -> assertThat(December2021.kremlinReadout()).quotes("tense"),
        readout
            + "to quote \"tense\",\nbut it quotes \"In general, the conversation was frank, professional and of course mutually"
            + " beneficial. It was agreed to continue regular contacts at the highest level.\"");
  }

  @Test
  void dossierEqualityReportsTheDiff() {
    Dossier expected = SmallDossiers.oneCall();
    Conversation call = expected.find("call", Conversation.class).orElseThrow();
    Dossier actual =
        SmallDossiers.empty().toBuilder()
            .addAll(expected.parties())
            .addAll(expected.leaders())
            .add(Conversation.builder().from(call).initiator("biden").build())
            .add(MinimalRecords.topic("ukraine").build())
            .build();

    assertThat(expected).isEqualTo(SmallDossiers.oneCall());
    fails(
        () -> assertThat(actual).isEqualTo(expected),
        "\nExpecting the dossier to equal the expected one, but they differ (+ only in the actual, - only in the expected, ~"
            + " expected -> actual):\n"
            + "+ topic \"ukraine\"\n"
            + "~ conversation \"call\"\n"
            + "    initiator: \"putin\" -> \"biden\"");
  }

  @Test
  void dossierContents() {
    assertThat(December2021.dossier())
        .hasRecordCount(30)
        .hasRecord("putin")
        .doesNotHaveRecord("trump");
    fails(
        () -> assertThat(SmallDossiers.oneCall()).hasRecordCount(4),
        "\nExpecting the dossier to hold 4 records,\nbut it holds 5: Dossier[party=2, leader=2, conversation=1]");
    fails(
        () -> assertThat(SmallDossiers.oneCall()).hasRecord("trump"),
        "\nExpecting the dossier to hold a record \"trump\",\nbut it holds none");
    fails(
        () -> assertThat(SmallDossiers.oneCall()).doesNotHaveRecord("putin"),
        "\nExpecting the dossier to hold no record \"putin\",\nbut it holds a leader");
    fails(
        () -> assertThat(SmallDossiers.oneCall()).conversation("putin"),
        "\nExpecting the dossier to hold a conversation \"putin\",\nbut it holds a leader with that id");
    assertThat(December2021.dossier()).agreement("agreement-2021-12-07").hasStatus(Stage.AGREED);
    assertThat(December2021.dossier()).talks("talks-2022-01-10-geneva").takesPlaceIn("Geneva");
    assertThat(December2021.dossier()).leader("putin").hasRole(Role.HEAD_OF_STATE);
    assertThat(December2021.dossier())
        .statement("kremlin-readout-2021-12-31")
        .isDated("2021-12-31");
  }

  @Test
  void validity() {
    assertThat(SmallDossiers.oneCall().toBuilder()).isValid().hasProblems();
    Dossier.Builder broken =
        SmallDossiers.oneCall().toBuilder().add(MinimalRecords.leader("trump", "usa").build());
    assertThat(broken)
        .hasProblems(Problem.Kind.UNKNOWN_REFERENCE)
        .hasProblem(Problem.Kind.UNKNOWN_REFERENCE, "trump", "offices[0].party");
    fails(
        () -> assertThat(broken).isValid(),
        "\nExpecting the records to make a valid dossier,\nbut they have 1 errors:\n  UNKNOWN_REFERENCE leader \"trump\" offices[0].party: no"
            + " record has id \"usa\"");
    fails(
        () -> assertThat(broken).hasProblems(Problem.Kind.DUPLICATE_ID),
        "\nExpecting the records to have the problems [DUPLICATE_ID],\nbut they have 1:\n  UNKNOWN_REFERENCE leader \"trump\" offices[0].party: no"
            + " record has id \"usa\"");
    fails(
        () ->
            assertThat(SmallDossiers.oneCall().toBuilder())
                .hasProblem(Problem.Kind.DUPLICATE_ID, "x", "id"),
        "\nExpecting the records to have a problem DUPLICATE_ID in \"x\" at id,\nbut they have none");
    fails(
        () ->
            assertThat(SmallDossiers.oneCall().toBuilder()).hasProblems(Problem.Kind.DUPLICATE_ID),
        "\nExpecting the records to have the problems [DUPLICATE_ID],\nbut they have none");
    String theProblem =
        ",\nbut they have \n  UNKNOWN_REFERENCE leader \"trump\" offices[0].party: no record has id \"usa\"";
    fails(
        () -> assertThat(broken).hasProblem(Problem.Kind.DUPLICATE_ID, "trump", "offices[0].party"),
        "\nExpecting the records to have a problem DUPLICATE_ID in \"trump\" at offices[0].party"
            + theProblem);
    fails(
        () -> assertThat(broken).hasProblem(Problem.Kind.UNKNOWN_REFERENCE, "putin", "party"),
        "\nExpecting the records to have a problem UNKNOWN_REFERENCE in \"putin\" at party"
            + theProblem);
    fails(
        () -> assertThat(broken).hasProblem(Problem.Kind.UNKNOWN_REFERENCE, "trump", "role"),
        "\nExpecting the records to have a problem UNKNOWN_REFERENCE in \"trump\" at role"
            + theProblem);
  }

  @Test
  void warningsLeaveTheRecordsValid() {
    Leader outOfOffice =
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
    Dossier.Builder records =
        SmallDossiers.oneCall().toBuilder()
            .add(outOfOffice)
            .add(MinimalRecords.conversation("call-2021", "putin", "carter").build());

    assertThat(records)
        .isValid()
        .hasProblems(Problem.Kind.NO_OFFICE_AT_THE_TIME)
        .hasProblem(Problem.Kind.NO_OFFICE_AT_THE_TIME, "call-2021", "participants[1]");
    assertThat(SmallDossiers.oneCall().toBuilder()).hasNoWarnings();
    fails(
        () -> assertThat(records).hasNoWarnings(),
        "\nExpecting the records to have no warnings,\nbut they have 1:\n  NO_OFFICE_AT_THE_TIME conversation"
            + " \"call-2021\" participants[1]: \"carter\" held no office at the time, as the terms of"
            + " the leader's offices say");
  }

  @Test
  void dossierEqualityFallsBackToPlainEquality() {
    assertThatThrownBy(() -> assertThat(SmallDossiers.oneCall()).isEqualTo("a dossier"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("expected: \"a dossier\"");
    assertThatThrownBy(() -> assertThat((Dossier) null).isEqualTo(SmallDossiers.oneCall()))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("but was: null");
    assertThat((Dossier) null).isEqualTo(null);
  }
}
