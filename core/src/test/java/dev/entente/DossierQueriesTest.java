package dev.entente;

import static dev.entente.Records.agreement;
import static dev.entente.Records.conversation;
import static dev.entente.Records.leader;
import static dev.entente.Records.milestone;
import static dev.entente.Records.party;
import static dev.entente.Records.replace;
import static dev.entente.Records.state;
import static dev.entente.Records.statement;
import static dev.entente.Records.talks;
import static dev.entente.Records.topic;
import static dev.entente.Records.twoStates;
import static dev.entente.Records.visit;
import static dev.entente.Records.without;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The queries of a dossier, on a story of two calls, three agreements, two statements and three
 * talks.
 */
class DossierQueriesTest {
  private static final Conversation VIDEO_CALL =
      conversation("video-call", "putin", "biden")
          .mode(ConversationMode.VIDEO_CALL)
          .when(Span.of(TimePoint.parse("2021-12-07")))
          .addSubject("ukraine")
          .build();
  private static final Conversation PHONE_CALL =
      conversation("phone-call", "putin", "biden")
          .initiator("putin")
          .when(Span.of(TimePoint.parse("2021-12-30T15:35-05:00"), Duration.ofMinutes(50)))
          .addSubject("security-guarantees")
          .purpose("To go on.")
          .addPosition(Position.builder().by("putin").text("Guarantees are needed.").build())
          .addFollow("video-call")
          .build();
  private static final Dossier STORY =
      twoStates()
          .add(party("nato").build())
          .add(party("osce").build())
          .add(leader("ushakov", "ru").build())
          .add(leader("donfried", "us").build())
          .add(topic("security-guarantees").build())
          .add(topic("ukraine").build())
          .add(VIDEO_CALL)
          .add(PHONE_CALL)
          .add(
              agreement("negotiations", "ru", "us")
                  .milestones(List.of(reached(Stage.AGREED, "2021-12-07", "video-call")))
                  .addTopic("security-guarantees")
                  .build())
          .add(
              agreement("contacts", "ru", "us")
                  .milestones(List.of(reached(Stage.AGREED, "2021-12-30", "phone-call")))
                  .build())
          .add(
              agreement("draft", "ru")
                  .milestones(
                      List.of(
                          milestone(Stage.HANDED_OVER, "2021-12-15"),
                          milestone(Stage.PUBLISHED, "2021-12-17")))
                  .addTopic("security-guarantees")
                  .build())
          .add(
              statement("readout", "ru")
                  .when(TimePoint.parse("2021-12-31"))
                  .addAbout("phone-call")
                  .build())
          .add(
              statement("comments", "ushakov")
                  .when(TimePoint.parse("2021-12-31"))
                  .addAbout("phone-call")
                  .build())
          .add(
              talks("geneva", "ru", "us")
                  .addCarriesOut("negotiations")
                  .addAgenda("security-guarantees")
                  .build())
          .add(talks("brussels", "ru", "nato").when(Span.of(TimePoint.parse("2022-01-12"))).build())
          .add(talks("vienna", "ru", "osce").when(Span.of(TimePoint.parse("2022-01-13"))).build())
          .add(
              visit("donfried-moscow", "donfried", "ru")
                  .when(Span.of(TimePoint.parse("2022-02-01"), TimePoint.parse("2022-02-02")))
                  .addHost("ushakov")
                  .build())
          .add(
              visit("ushakov-geneva", "ushakov", "us")
                  .when(Span.of(TimePoint.parse("2022-01-09"), TimePoint.parse("2022-01-11")))
                  .addInclude("geneva")
                  .build())
          .build();

  private static Milestone reached(Stage stage, String when, String occasion) {
    return Milestone.builder().from(milestone(stage, when)).occasion(occasion).build();
  }

  @Test
  void listsRecordsByKindThenId() {
    assertThat(STORY.records()).extracting(DossierRecord::recordKind).isSorted();
    assertThat(STORY.parties()).extracting(Party::id).containsExactly("nato", "osce", "ru", "us");
    assertThat(STORY.records(RecordKind.LEADER))
        .extracting(DossierRecord::id)
        .containsExactly("biden", "donfried", "putin", "ushakov");
    assertThat(STORY.size()).isEqualTo(22);
    assertThat(STORY)
        .hasToString(
            "Dossier[party=4, leader=4, topic=2, statement=2, conversation=2, agreement=3, talks=3,"
                + " visit=2]");
  }

  @Test
  void givesEachKindAsItsOwnTypeAndAsRecords() {
    assertThat(STORY.leaders()).isEqualTo(STORY.records(RecordKind.LEADER));
    assertThat(STORY.topics()).isEqualTo(STORY.records(RecordKind.TOPIC));
    assertThat(STORY.statements()).isEqualTo(STORY.records(RecordKind.STATEMENT));
    assertThat(STORY.conversations()).isEqualTo(STORY.records(RecordKind.CONVERSATION));
    assertThat(STORY.agreements()).isEqualTo(STORY.records(RecordKind.AGREEMENT));
    assertThat(STORY.talks()).isEqualTo(STORY.records(RecordKind.TALKS));
    assertThat(Dossier.builder().build().records(RecordKind.TALKS)).isEmpty();
  }

  @Test
  void isEqualWhateverTheOrderRecordsWereAddedIn() {
    List<DossierRecord> shuffled = new ArrayList<>(STORY.records());
    Collections.shuffle(shuffled, new Random(7));

    Dossier same = Dossier.builder().addAll(shuffled).build();

    assertThat(same).isEqualTo(STORY).hasSameHashCodeAs(STORY);
    assertThat(same.records()).isEqualTo(STORY.records());
    assertThat(Dossier.builder().build()).isNotEqualTo(STORY);
  }

  @Test
  void findsRecordsById() {
    assertThat(STORY.find("putin")).containsInstanceOf(Leader.class);
    assertThat(STORY.find("putin", Leader.class)).map(Leader::name).contains("putin");
    assertThat(STORY.find("putin", Party.class)).isEmpty();
    assertThat(STORY.find("nobody")).isEmpty();
  }

  @Test
  void givesTheTimelineInOneOrder() {
    assertThat(STORY.timeline())
        .extracting(TimelineEntry::toString)
        .containsExactly(
            "2021-12-07 conversation \"video-call\"",
            "2021-12-07 agreement \"negotiations\" AGREED",
            "2021-12-15 agreement \"draft\" HANDED_OVER",
            "2021-12-17 agreement \"draft\" PUBLISHED",
            "2021-12-30 agreement \"contacts\" AGREED",
            "2021-12-30T15:35-05:00 conversation \"phone-call\"",
            "2021-12-31 statement \"comments\"",
            "2021-12-31 statement \"readout\"",
            "2022-01-09 visit \"ushakov-geneva\"",
            "2022-01-10 talks \"geneva\"",
            "2022-01-12 talks \"brussels\"",
            "2022-01-13 talks \"vienna\"",
            "2022-02-01 visit \"donfried-moscow\"");
    TimelineEntry milestone = STORY.timeline().get(1);
    assertThat(milestone.record().id()).isEqualTo("negotiations");
    assertThat(milestone.milestone()).map(Milestone::stage).contains(Stage.AGREED);
    assertThat(STORY.timeline().get(0).milestone()).isEmpty();
  }

  @Test
  void theKindsThatHaveATimeAreTheKindsOnTheTimeline() {
    assertThat(STORY.records())
        .extracting(DossierRecord::recordKind)
        .containsAll(List.of(RecordKind.values()));

    assertThat(STORY.timeline().stream().map(e -> e.record().recordKind()).distinct())
        .containsExactlyInAnyOrderElementsOf(
            Arrays.stream(RecordKind.values()).filter(RecordKind::hasTime).toList());
  }

  @Test
  void givesThePartOfTheTimelineBetweenTwoDays() {
    assertThat(STORY.timeline(LocalDate.of(2021, 12, 30), LocalDate.of(2021, 12, 30)))
        .extracting(e -> e.record().id())
        .containsExactly("contacts", "phone-call");
    assertThat(STORY.timeline(LocalDate.of(2022, 1, 11), LocalDate.of(2022, 1, 31)))
        .extracting(e -> e.record().id())
        .as("a visit from 9 to 11 January is in the range from its last day")
        .containsExactly("ushakov-geneva", "brussels", "vienna");
    assertThatThrownBy(() -> STORY.timeline(LocalDate.of(2022, 1, 2), LocalDate.of(2022, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("to 2022-01-01 is before from 2022-01-02");
  }

  @Test
  void givesThePartOfTheTimelineBetweenTwoLocalDaysOfATimeZone() {
    LocalDate newYearsEve = LocalDate.of(2021, 12, 31);
    ZoneId moscow = ZoneId.of("Europe/Moscow");
    ZoneId washington = ZoneId.of("America/New_York");

    assertThat(STORY.timeline(newYearsEve, newYearsEve, moscow))
        .extracting(e -> e.record().id())
        .as("the call ran from 23:35 on 30 December to 00:25 on 31 December in Moscow")
        .containsExactly("phone-call", "comments", "readout");
    assertThat(PHONE_CALL.when().fallsOn(newYearsEve, moscow)).isTrue();
    assertThat(STORY.timeline(newYearsEve, newYearsEve, washington))
        .extracting(e -> e.record().id())
        .containsExactly("comments", "readout");
    assertThat(STORY.timeline(newYearsEve, newYearsEve))
        .extracting(e -> e.record().id())
        .as("as the source states days, the call ended on 30 December")
        .containsExactly("comments", "readout");
    assertThat(STORY.timeline(LocalDate.of(2021, 12, 30), LocalDate.of(2021, 12, 30), moscow))
        .extracting(e -> e.record().id())
        .containsExactly("contacts", "phone-call");
  }

  @Test
  void takesAMomentOnItsDateInTheZoneAndADayAsStated() {
    Dossier dossier =
        STORY.toBuilder()
            .add(statement("late", "ru").when(TimePoint.parse("2021-12-31T22:30-05:00")).build())
            .build();
    LocalDate newYearsDay = LocalDate.of(2022, 1, 1);

    assertThat(dossier.timeline(newYearsDay, newYearsDay, ZoneId.of("Europe/Moscow")))
        .extracting(e -> e.record().id())
        .containsExactly("late");
    assertThat(dossier.timeline(newYearsDay, newYearsDay, ZoneId.of("America/New_York"))).isEmpty();
    assertThat(dossier.timeline(newYearsDay, newYearsDay, ZoneId.of("Pacific/Kiritimati")))
        .extracting(e -> e.record().id())
        .as("a zone far east; the days of 31 December stay on 31 December")
        .containsExactly("late");
    assertThat(
            dossier.timeline(
                LocalDate.of(2021, 12, 31), LocalDate.of(2021, 12, 31), ZoneId.of("Asia/Tokyo")))
        .extracting(e -> e.record().id())
        .as("the call at 05:35 on 31 December in Tokyo; the late statement on 1 January there")
        .containsExactly("phone-call", "comments", "readout");
    assertThatThrownBy(() -> dossier.timeline(newYearsDay, newYearsDay, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("zone");
  }

  @Test
  void givesTheTalksStillToBeginAsOfALocalDayOfATimeZone() {
    Dossier dossier =
        replace(
            STORY,
            talks("brussels", "ru", "nato")
                .when(Span.of(TimePoint.parse("2022-01-12T00:30+01:00")))
                .build());
    LocalDate twelfth = LocalDate.of(2022, 1, 12);

    assertThat(dossier.upcomingTalks(twelfth, ZoneId.of("Europe/Brussels")))
        .extracting(Talks::id)
        .containsExactly("brussels", "vienna");
    assertThat(dossier.upcomingTalks(twelfth, ZoneId.of("America/New_York")))
        .extracting(Talks::id)
        .as("18:30 on 11 January in New York")
        .containsExactly("vienna");
    assertThat(dossier.upcomingTalks(twelfth))
        .extracting(Talks::id)
        .containsExactly("brussels", "vienna");
  }

  @Test
  void includesAMonthInARangeOfOneOfItsDays() {
    Dossier dossier =
        STORY.toBuilder()
            .add(statement("monthly", "ru").when(TimePoint.parse("2021-12")).build())
            .build();

    assertThat(dossier.timeline(LocalDate.of(2021, 12, 20), LocalDate.of(2021, 12, 21)))
        .extracting(e -> e.record().id())
        .containsExactly("monthly");
    assertThat(dossier.timeline().get(0).record().id()).isEqualTo("monthly");
  }

  @Test
  void givesTheConversationsOfALeaderInTimeOrder() {
    assertThat(STORY.conversationsOf("biden"))
        .extracting(Conversation::id)
        .containsExactly("video-call", "phone-call");
    assertThat(STORY.conversationsOf("ushakov")).isEmpty();
  }

  @Test
  void ordersConversationsOfTheSameStartById() {
    Dossier dossier =
        twoStates()
            .add(conversation("z-call", "putin", "biden").build())
            .add(conversation("a-call", "putin", "biden").build())
            .add(
                conversation("earlier", "putin", "biden")
                    .when(Span.of(TimePoint.parse("2021-12-29")))
                    .build())
            .build();

    assertThat(dossier.conversationsOf("putin"))
        .extracting(Conversation::id)
        .containsExactly("earlier", "a-call", "z-call");
  }

  @Test
  void givesTheVisitsOfALeaderAsVisitorOrHostInTimeOrder() {
    assertThat(STORY.visitsOf("ushakov"))
        .extracting(Visit::id)
        .containsExactly("ushakov-geneva", "donfried-moscow");
    assertThat(STORY.visitsOf("donfried")).extracting(Visit::id).containsExactly("donfried-moscow");
    assertThat(STORY.visitsOf("putin")).isEmpty();
    assertThatThrownBy(() -> STORY.visitsOf("ru"))
        .hasMessage("this dossier has no leader with id \"ru\" (\"ru\" is a party)");
  }

  @Test
  void givesTheCounterpartsOfALeader() {
    assertThat(STORY.counterpartsOf("putin")).extracting(Leader::id).containsExactly("biden");
    assertThat(STORY.counterpartsOf("donfried")).isEmpty();
  }

  @Test
  void givesTheSuccessorsAndTheLineageOfAParty() {
    // Germany: the Federal Republic succeeded the German Reich and the GDR; the Reich succeeded
    // Prussia. Austria stands apart.
    Dossier withPrussia =
        Dossier.builder()
            .add(
                Records.party("prussia")
                    .kind(PartyKind.STATE)
                    .putIdentifier("wikidata", "Q27306")
                    .build())
            .add(
                Records.party("reich")
                    .kind(PartyKind.STATE)
                    .putIdentifier("wikidata", "Q43287")
                    .addPredecessor("prussia")
                    .build())
            .add(Records.party("gdr").kind(PartyKind.STATE).country(CountryCode.of("DDDE")).build())
            .add(Records.state("de", "DE").addPredecessors("reich", "gdr").build())
            .add(Records.state("at", "AT").build())
            .build();

    assertThat(withPrussia.successorsOf("reich")).extracting(Party::id).containsExactly("de");
    assertThat(withPrussia.successorsOf("de")).isEmpty();
    assertThat(withPrussia.lineageOf("de"))
        .extracting(Party::id)
        .containsExactly("de", "reich", "gdr", "prussia");
    assertThat(withPrussia.lineageOf("at")).extracting(Party::id).containsExactly("at");
    assertThatThrownBy(() -> withPrussia.lineageOf("putin"))
        .hasMessage("this dossier has no party with id \"putin\"");
    assertThatThrownBy(() -> withPrussia.successorsOf("nowhere"))
        .hasMessage("this dossier has no party with id \"nowhere\"");
  }

  @Test
  void refusesAQueryOnAnUnknownOrWrongRecord() {
    assertThatThrownBy(() -> STORY.conversationsOf("trump"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("this dossier has no leader with id \"trump\"");
    assertThatThrownBy(() -> STORY.counterpartsOf("ru"))
        .hasMessage("this dossier has no leader with id \"ru\" (\"ru\" is a party)");
    assertThatThrownBy(() -> STORY.agreementsReachedIn("geneva"))
        .hasMessage("this dossier has no conversation with id \"geneva\" (\"geneva\" is a talks)");
    assertThatThrownBy(() -> STORY.talksCarryingOut("phone-call"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> STORY.statementsAbout("nothing"))
        .hasMessage("this dossier has no record with id \"nothing\"");
    assertThatThrownBy(() -> STORY.recordsOn("putin"))
        .hasMessage("this dossier has no topic with id \"putin\" (\"putin\" is a leader)");
  }

  @Test
  void givesTheTalksStillToBeginAsOfADay() {
    assertThat(STORY.upcomingTalks(LocalDate.of(2022, 1, 1)))
        .extracting(Talks::id)
        .containsExactly("geneva", "brussels", "vienna");
    assertThat(STORY.upcomingTalks(LocalDate.of(2022, 1, 11)))
        .extracting(Talks::id)
        .containsExactly("brussels", "vienna");
    assertThat(STORY.upcomingTalks(LocalDate.of(2022, 1, 13)))
        .extracting(Talks::id)
        .containsExactly("vienna");
    assertThat(STORY.upcomingTalks(LocalDate.of(2022, 1, 14))).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(
      value = TalksStatus.class,
      names = {"HELD", "POSTPONED", "CANCELLED"})
  void leavesTalksHeldPostponedOrCancelledOutOfTheUpcomingOnes(TalksStatus status) {
    Talks notToCome =
        Talks.builder()
            .from(STORY.find("vienna", Talks.class).orElseThrow())
            .status(status)
            .build();

    assertThat(replace(STORY, notToCome).upcomingTalks(LocalDate.of(2022, 1, 1)))
        .extracting(Talks::id)
        .containsExactly("geneva", "brussels");
  }

  @ParameterizedTest
  @EnumSource(
      value = TalksStatus.class,
      names = {"ANNOUNCED", "SCHEDULED"})
  void countsTalksAnnouncedOrScheduledAsUpcoming(TalksStatus status) {
    Talks toCome =
        Talks.builder()
            .from(STORY.find("vienna", Talks.class).orElseThrow())
            .status(status)
            .build();

    assertThat(replace(STORY, toCome).upcomingTalks(LocalDate.of(2022, 1, 13)))
        .extracting(Talks::id)
        .containsExactly("vienna");
  }

  @Test
  void countsRescheduledTalksAsUpcomingAtTheirNewDate() {
    Talks moved =
        Talks.builder()
            .from(STORY.find("vienna", Talks.class).orElseThrow())
            .status(TalksStatus.RESCHEDULED)
            .addPreviousDate(Span.of(TimePoint.parse("2022-01-05")))
            .build();

    assertThat(replace(STORY, moved).upcomingTalks(LocalDate.of(2022, 1, 13)))
        .extracting(Talks::id)
        .containsExactly("vienna");
  }

  @Test
  void givesTheTimelineOfSomeKindsOfRecord() {
    assertThat(STORY.timeline(EnumSet.of(RecordKind.VISIT, RecordKind.CONVERSATION)))
        .extracting(TimelineEntry::toString)
        .containsExactly(
            "2021-12-07 conversation \"video-call\"",
            "2021-12-30T15:35-05:00 conversation \"phone-call\"",
            "2022-01-09 visit \"ushakov-geneva\"",
            "2022-02-01 visit \"donfried-moscow\"");
    assertThat(STORY.timeline(Set.of())).isEmpty();
  }

  @Test
  void givesTheReferencesOfARecordWithTheirPaths() {
    assertThat(PHONE_CALL.references())
        .extracting(Reference::path, Reference::id)
        .containsExactly(
            tuple("participants[0]", "putin"),
            tuple("participants[1]", "biden"),
            tuple("initiator", "putin"),
            tuple("subjects[0]", "security-guarantees"),
            tuple("positions[0].by", "putin"),
            tuple("follows[0]", "video-call"));
    assertThat(PHONE_CALL.references().get(0).kinds()).containsExactly(RecordKind.LEADER);
    assertThat(STORY.find("ru").orElseThrow().references()).isEmpty();
  }

  @Test
  void takesASubDossierOfTheRecordsChosenAndAllTheyReferTo() {
    Dossier call = STORY.subDossier(List.of("phone-call"));

    assertThat(call.records())
        .extracting(DossierRecord::id)
        .containsExactlyInAnyOrder(
            "ru",
            "us",
            "putin",
            "biden",
            "security-guarantees",
            "ukraine",
            "phone-call",
            "video-call");
    assertThat(call.find("video-call", Conversation.class)).contains(VIDEO_CALL);
    assertThat(STORY.subDossier(List.of("ru", "ru")).records())
        .extracting(DossierRecord::id)
        .containsExactly("ru");
    assertThat(STORY.subDossier(List.of()).size()).isZero();
    assertThat(STORY.subDossier(STORY.records().stream().map(DossierRecord::id).toList()))
        .isEqualTo(STORY);
    assertThatThrownBy(() -> STORY.subDossier(List.of("phone-call", "nothing")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("this dossier has no record with id \"nothing\"");
  }

  @Test
  void givesTheFollowUpsOfAConversation() {
    assertThat(STORY.followUpsOf("video-call"))
        .extracting(Conversation::id)
        .containsExactly("phone-call");
    assertThat(STORY.followUpsOf("phone-call")).isEmpty();
    assertThatThrownBy(() -> STORY.followUpsOf("geneva"))
        .hasMessage("this dossier has no conversation with id \"geneva\" (\"geneva\" is a talks)");
  }

  @Test
  void givesTheLeadersOfAPartyOnADay() {
    Leader yeltsin =
        Leader.builder()
            .id("yeltsin")
            .name("Boris Yeltsin")
            .addOffice(
                Office.builder()
                    .party("ru")
                    .role(Role.HEAD_OF_STATE)
                    .term(Span.of(TimePoint.parse("1991-07-10"), TimePoint.parse("1999-12-31")))
                    .build())
            .build();
    Leader putin =
        Leader.builder()
            .id("putin")
            .name("Vladimir Putin")
            .addOffice(
                Office.builder()
                    .party("ru")
                    .role(Role.HEAD_OF_STATE)
                    .term(Span.of(TimePoint.parse("1999-12-31")))
                    .build())
            .build();
    Dossier russia =
        Dossier.builder().add(Records.state("ru", "RU").build()).add(yeltsin).add(putin).build();

    assertThat(russia.leadersOf("ru", LocalDate.of(1995, 1, 1)))
        .extracting(Leader::id)
        .containsExactly("yeltsin");
    assertThat(russia.leadersOf("ru", LocalDate.of(1999, 12, 31)))
        .extracting(Leader::id)
        .containsExactly("putin", "yeltsin");
    assertThat(russia.leadersOf("ru", LocalDate.of(2022, 1, 1)))
        .extracting(Leader::id)
        .containsExactly("putin");
    assertThat(russia.leadersOf("ru", LocalDate.of(1990, 1, 1))).isEmpty();
    assertThat(STORY.leadersOf("ru", LocalDate.of(2021, 12, 30))).isEmpty();
  }

  @Test
  void givesTheEngagementsInACountry() {
    Conversation inGeneva =
        Conversation.builder()
            .from(PHONE_CALL)
            .mode(ConversationMode.IN_PERSON_MEETING)
            .place(Place.of("Geneva", CountryCode.of("CH")))
            .build();
    Talks genevaTalks =
        Talks.builder()
            .from(STORY.find("geneva", Talks.class).orElseThrow())
            .venue(Place.of("Geneva", CountryCode.of("CH")))
            .build();
    Visit toGeneva =
        Visit.builder()
            .from(STORY.find("ushakov-geneva", Visit.class).orElseThrow())
            .addPlace(Place.builder().country(CountryCode.of("US")).build())
            .addPlace(Place.of("Geneva", CountryCode.of("CH")))
            .build();
    Dossier swiss = replace(replace(replace(STORY, inGeneva), genevaTalks), toGeneva);

    assertThat(swiss.engagementsIn(CountryCode.of("CH")))
        .extracting(DossierRecord::id)
        .containsExactly("phone-call", "ushakov-geneva", "geneva");
    assertThat(swiss.engagementsIn(CountryCode.of("US")))
        .extracting(DossierRecord::id)
        .containsExactly("ushakov-geneva");
    assertThat(STORY.engagementsIn(CountryCode.of("CH"))).isEmpty();
    assertThat(swiss.engagementsAt("Geneva"))
        .extracting(DossierRecord::id)
        .containsExactly("phone-call", "ushakov-geneva", "geneva");
    assertThat(swiss.engagementsAt("Genève")).isEmpty();
  }

  @Test
  void countsAMonthAsUpcomingUntilItsLastDay() {
    Talks inJanuary =
        Talks.builder()
            .from(STORY.find("vienna", Talks.class).orElseThrow())
            .when(Span.of(TimePoint.parse("2022-01")))
            .build();

    assertThat(replace(STORY, inJanuary).upcomingTalks(LocalDate.of(2022, 1, 31)))
        .extracting(Talks::id)
        .containsExactly("vienna");
    assertThat(replace(STORY, inJanuary).upcomingTalks(LocalDate.of(2022, 2, 1))).isEmpty();
  }

  @Test
  void givesTheAgreementsReachedInAConversation() {
    assertThat(STORY.agreementsReachedIn("phone-call"))
        .extracting(Agreement::id)
        .containsExactly("contacts");
    assertThat(STORY.agreementsReachedIn("video-call"))
        .extracting(Agreement::id)
        .containsExactly("negotiations");
  }

  @Test
  void agreementsReachedInAConversationAreThoseAgreedOrSignedThere() {
    Dossier dossier =
        twoStates()
            .add(conversation("call", "putin", "biden").build())
            .add(
                agreement("proposed", "ru")
                    .milestones(List.of(reached(Stage.PROPOSED, "2021-12-30", "call")))
                    .build())
            .add(
                agreement("agreed", "ru")
                    .milestones(List.of(reached(Stage.AGREED, "2021-12-30", "call")))
                    .build())
            .add(
                agreement("signed", "ru")
                    .milestones(List.of(reached(Stage.SIGNED, "2021-12-30", "call")))
                    .build())
            .add(agreement("elsewhere", "ru").build())
            .build();

    assertThat(dossier.agreementsReachedIn("call"))
        .extracting(Agreement::id)
        .containsExactly("agreed", "signed");
  }

  @Test
  void givesTheTalksThatCarryOutAnAgreement() {
    assertThat(STORY.talksCarryingOut("negotiations"))
        .extracting(Talks::id)
        .containsExactly("geneva");
    assertThat(STORY.talksCarryingOut("draft")).isEmpty();
  }

  @Test
  void talksCarryingOutAnAgreementAreInTheirOrderInTime() {
    Dossier dossier =
        twoStates()
            .add(agreement("a", "ru").build())
            .add(talks("z-first", "ru", "us").addCarriesOut("a").build())
            .add(
                talks("later", "ru", "us")
                    .when(Span.of(TimePoint.parse("2022-02-01")))
                    .addCarriesOut("a")
                    .build())
            .add(talks("a-second", "ru", "us").addCarriesOut("a").build())
            .add(talks("unrelated", "ru", "us").build())
            .build();

    assertThat(dossier.talksCarryingOut("a"))
        .extracting(Talks::id)
        .containsExactly("a-second", "z-first", "later");
  }

  @Test
  void givesTheStatementsAboutARecord() {
    assertThat(STORY.statementsAbout("phone-call"))
        .extracting(Statement::id)
        .containsExactly("comments", "readout");
    assertThat(STORY.statementsAbout("putin")).isEmpty();
  }

  @Test
  void givesTheRecordsOnATopic() {
    assertThat(STORY.recordsOn("security-guarantees"))
        .extracting(DossierRecord::id)
        .containsExactly("phone-call", "draft", "negotiations", "geneva");
    assertThat(STORY.recordsOn("ukraine"))
        .extracting(DossierRecord::id)
        .containsExactly("video-call");
  }

  @Test
  void findsATopicInsideAPart() {
    Conversation onAPosition =
        conversation("call", "putin", "biden")
            .addPosition(Position.builder().by("putin").text("Text.").addSubject("t").build())
            .build();
    Dossier dossier = twoStates().add(topic("t").build()).add(onAPosition).build();

    assertThat(dossier.recordsOn("t")).extracting(DossierRecord::id).containsExactly("call");
  }

  @Test
  void diffsTwoVersionsByRecordAndField() {
    Conversation changedCall =
        Conversation.builder()
            .from(PHONE_CALL)
            .initiator("biden")
            .purpose(Optional.empty())
            .positions(
                List.of(
                    Position.builder()
                        .from(PHONE_CALL.positions().get(0))
                        .text("Guarantees.")
                        .build()))
            .build();
    Dossier later =
        replace(STORY, changedCall).toBuilder().add(topic("arms-control").build()).build();

    DossierDiff diff = STORY.diff(without(later, "comments"));

    assertThat(diff.isEmpty()).isFalse();
    assertThat(diff.added()).extracting(DossierRecord::id).containsExactly("arms-control");
    assertThat(diff.removed()).extracting(DossierRecord::id).containsExactly("comments");
    assertThat(diff.changed())
        .singleElement()
        .satisfies(
            change -> {
              assertThat(change.id()).isEqualTo("phone-call");
              assertThat(change.before()).isEqualTo(PHONE_CALL);
              assertThat(change.after()).isEqualTo(changedCall);
              assertThat(change.fields())
                  .extracting(FieldChange::path)
                  .containsExactly("initiator", "purpose", "positions[0].text");
              assertThat(change.fields().get(1).after()).isEmpty();
              assertThat(change.fields().get(0).before()).contains("putin");
            });
    assertThat(diff)
        .hasToString(
            """
            + topic "arms-control"
            - statement "comments"
            ~ conversation "phone-call"
                initiator: "putin" -> "biden"
                purpose: "To go on." -> (absent)
                positions[0].text: "Guarantees are needed." -> "Guarantees.\"""");
  }

  @Test
  void diffsListsOfDifferentLengthAsAWhole() {
    Conversation longer =
        Conversation.builder().from(VIDEO_CALL).addSubject("security-guarantees").build();

    assertThat(STORY.diff(replace(STORY, longer)).changed().get(0).fields())
        .extracting(FieldChange::toString)
        .containsExactly("subjects: [ukraine] -> [ukraine, security-guarantees]");
  }

  @Test
  void diffsARecordThatChangedKind() {
    Dossier before = Dossier.builder().add(topic("x").build()).build();
    Dossier after = Dossier.builder().add(party("x").kind(PartyKind.FORUM).build()).build();

    assertThat(before.diff(after).changed().get(0).fields())
        .extracting(FieldChange::toString)
        .containsExactly("recordKind: topic -> party");
  }

  @Test
  void anEqualVersionHasAnEmptyDiff() {
    DossierDiff diff = STORY.diff(STORY.toBuilder().build());

    assertThat(diff.isEmpty()).isTrue();
    assertThat(diff).hasToString("no differences").isEqualTo(STORY.diff(STORY));
  }

  @Test
  void mergesDossiersThatAgree() {
    Dossier parties = Dossier.builder().addAll(STORY.parties()).build();
    Dossier partiesAndLeaders =
        Dossier.builder().addAll(STORY.parties()).addAll(STORY.leaders()).build();

    Dossier merged = parties.merge(partiesAndLeaders);

    assertThat(merged.records()).hasSize(8);
    assertThat(merged).isEqualTo(partiesAndLeaders);
    assertThat(STORY.merge(STORY)).isEqualTo(STORY);
  }

  @Test
  void refusesToMergeDossiersThatDisagreeAndListsEveryConflict() {
    Conversation otherPage =
        Conversation.builder()
            .from(PHONE_CALL)
            .when(Span.of(TimePoint.parse("2021-12-30T13:35-05:00"), Duration.ofMinutes(50)))
            .build();
    Leader otherSpelling = leader("ushakov", "ru").name("Yuri Ushakov").build();
    Dossier other = replace(replace(STORY, otherPage), otherSpelling);

    assertThatThrownBy(() -> STORY.merge(other))
        .isInstanceOfSatisfying(
            MergeConflictException.class,
            e ->
                assertThat(e.conflicts())
                    .extracting(RecordChange::id)
                    .containsExactly("ushakov", "phone-call"))
        .hasMessage(
            """
            the dossiers disagree on 2 records:
              leader "ushakov"
                name: "ushakov" -> "Yuri Ushakov"
              conversation "phone-call"
                when: 2021-12-30T15:35-05:00 (PT50M) -> 2021-12-30T13:35-05:00 (PT50M)\
            """);
  }

  @Test
  void aMilestoneMustFallWithinTheTalksThatAreItsOccasion() {
    Dossier sides =
        Dossier.builder()
            .add(state("ru", "RU").build())
            .add(state("us", "US").build())
            .add(talks("geneva", "ru", "us").build())
            .build();
    Milestone atTheTalks = reached(Stage.AGREED, "2022-01-10", "geneva");
    Milestone before = reached(Stage.AGREED, "2021-12-30", "geneva");

    assertThat(
            sides.toBuilder()
                .add(agreement("a", "ru").milestones(List.of(atTheTalks)).build())
                .validate())
        .isEmpty();
    assertThat(
            sides.toBuilder()
                .add(agreement("a", "ru").milestones(List.of(before)).build())
                .validate())
        .extracting(Problem::kind)
        .containsExactly(Problem.Kind.OCCASION_MISMATCH);
  }

  @Test
  void aMilestoneWhoseOccasionIsNoConversationOrTalksIsReportedAsTheWrongKind() {
    Dossier.Builder dossier =
        Dossier.builder()
            .add(state("ru", "RU").build())
            .add(
                agreement("a", "ru")
                    .milestones(List.of(reached(Stage.AGREED, "2021-12-30", "ru")))
                    .build());

    assertThat(dossier.validate())
        .extracting(Problem::kind)
        .containsExactly(Problem.Kind.WRONG_KIND_OF_RECORD);
  }
}
