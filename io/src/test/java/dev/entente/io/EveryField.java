package dev.entente.io;

import dev.entente.Agreement;
import dev.entente.AgreementKind;
import dev.entente.Characterisation;
import dev.entente.Claim;
import dev.entente.Conversation;
import dev.entente.ConversationMode;
import dev.entente.Coordinates;
import dev.entente.CountryCode;
import dev.entente.Delegation;
import dev.entente.Dossier;
import dev.entente.Leader;
import dev.entente.Membership;
import dev.entente.Milestone;
import dev.entente.Office;
import dev.entente.Party;
import dev.entente.PartyKind;
import dev.entente.Place;
import dev.entente.PlacePrecision;
import dev.entente.Position;
import dev.entente.Recognition;
import dev.entente.Role;
import dev.entente.Span;
import dev.entente.Stage;
import dev.entente.Standing;
import dev.entente.Statement;
import dev.entente.StatementKind;
import dev.entente.Talks;
import dev.entente.TalksFormat;
import dev.entente.TalksStatus;
import dev.entente.TimePoint;
import dev.entente.Topic;
import dev.entente.Visit;
import dev.entente.VisitKind;
import java.net.URI;
import java.time.Duration;
import java.util.List;

/** A small dossier in which every field of every type is set, with texts beyond ASCII. */
final class EveryField {
  private EveryField() {}

  static Dossier dossier() {
    return Dossier.builder()
        .add(
            Party.builder()
                .id("ru")
                .kind(PartyKind.STATE)
                .name("Russia")
                .addOtherNames("Российская Федерация", "Russian Federation")
                .country(CountryCode.of("RU"))
                .recognition(Recognition.GENERAL)
                .began(TimePoint.parse("1991-12-25"))
                .addPredecessor("su")
                .partOf("un")
                .addMember(
                    Membership.builder()
                        .party("ru-regions")
                        .joined(TimePoint.parse("1993-12~"))
                        .left(TimePoint.parse("[..2000-05-13]"))
                        .build())
                .putIdentifier("wikidata", "Q159")
                .putIdentifier("iso", "RUS")
                .addSource("readout")
                .build())
        .add(
            Party.builder()
                .id("su")
                .kind(PartyKind.STATE)
                .name("Soviet Union")
                .country(CountryCode.of("SUHH"))
                .ended(TimePoint.parse("1991-12-26"))
                .build())
        .add(
            Party.builder()
                .id("un")
                .kind(PartyKind.INTERNATIONAL_ORGANIZATION)
                .name("United Nations")
                .build())
        .add(
            Party.builder()
                .id("ru-regions")
                .kind(PartyKind.FORUM)
                .name("Council of regions")
                .build())
        .add(
            Leader.builder()
                .id("lavrov")
                .name("Sergey Lavrov")
                .addOtherName("Сергей Лавров")
                .addOffice(
                    Office.builder()
                        .party("ru")
                        .role(Role.MINISTER)
                        .title("Minister of Foreign Affairs")
                        .term(
                            Span.of(
                                TimePoint.parse("2004-03-09"),
                                TimePoint.parse("2024?"),
                                Duration.ofDays(7300)))
                        .build())
                .addOffice(
                    Office.builder()
                        .party("ru")
                        .role(Role.MINISTER)
                        .term(Span.of(TimePoint.parse("2004-03")))
                        .standing(Standing.DESIGNATE)
                        .build())
                .putIdentifier("wikidata", "Q178058")
                .addSource("readout")
                .build())
        .add(
            Leader.builder()
                .id("guterres")
                .name("António Guterres")
                .addOffice(Office.of("un", Role.SECRETARY_GENERAL))
                .build())
        .add(
            Topic.builder()
                .id("arms-control")
                .label("Arms control")
                .description("Limits on weapons \"and\" their deployment \\ verification.")
                .addSource("readout")
                .build())
        .add(
            Statement.builder()
                .id("readout")
                .kind(StatementKind.READOUT)
                .by("lavrov")
                .when(TimePoint.parse("2022-01-10T18:00:30.250+01:00"))
                .quote("«Хорошо». Good.\nSecond line.")
                .summary("A readout of the meeting.")
                .addAbout("meeting")
                .url(URI.create("https://example.org/readouts/2022/01/10?lang=en"))
                .language("ru")
                .retrieved(TimePoint.parse("2022-01-11T09:15Z"))
                .addSource("report")
                .build())
        .add(
            Statement.builder()
                .id("report")
                .kind(StatementKind.NEWS_REPORT)
                .by("un")
                .when(TimePoint.parse("2022-01"))
                .summary("A report.")
                .build())
        .add(
            Conversation.builder()
                .id("meeting")
                .mode(ConversationMode.IN_PERSON_MEETING)
                .addParticipants("lavrov", "guterres")
                .initiator("guterres")
                .when(
                    Span.of(
                        TimePoint.parse("2022-01-10T10:00+01:00"),
                        TimePoint.parse("2022-01-10T11:30+01:00"),
                        Duration.ofMinutes(90)))
                .place(
                    Place.builder()
                        .venue("Palais des Nations")
                        .addLocalities("Genève", "Pregny")
                        .country(CountryCode.of("CH"))
                        .party("ru")
                        .coordinates(Coordinates.of(46.2266, 6.1404))
                        .precision(PlacePrecision.VENUE)
                        .putIdentifier("geonames", "2660646")
                        .build())
                .addSubjects("arms-control", "treaty", "talks")
                .mainSubject("treaty")
                .purpose("To prepare the talks.")
                .addPosition(
                    Position.builder()
                        .by("lavrov")
                        .text("No.")
                        .addSubject("arms-control")
                        .source("readout")
                        .build())
                .addCharacterisation(
                    Characterisation.builder()
                        .by("un")
                        .addWords("constructive")
                        .source("report")
                        .build())
                .addFollow("call")
                .addSource("readout")
                .addClaim(
                    Claim.of(
                            "when",
                            Span.of(
                                TimePoint.parse("2022-01-10T12:00+01:00"), Duration.ofMinutes(45)),
                            "report")
                        .withConfidence(0.25))
                .addClaim(Claim.of("subjects", List.of("arms-control", "treaty"), "report"))
                .addClaim(Claim.of("mainSubject", "arms-control", "report"))
                .build())
        .add(
            Conversation.builder()
                .id("call")
                .mode(ConversationMode.PHONE_CALL)
                .addParticipants("guterres", "lavrov")
                .when(Span.of(TimePoint.parse("2022")))
                .build())
        .add(
            Agreement.builder()
                .id("treaty")
                .kind(AgreementKind.TREATY)
                .title("Treaty on arms control")
                .terms("Both sides limit their arsenals.")
                .addParties("ru", "un")
                .addTopic("arms-control")
                .addMilestone(
                    Milestone.builder()
                        .stage(Stage.PROPOSED)
                        .when(TimePoint.parse("2022-01-10"))
                        .addBy("lavrov")
                        .addTowards("guterres")
                        .addParty("ru")
                        .occasion("meeting")
                        .source("readout")
                        .build())
                .addMilestone(
                    Milestone.builder()
                        .stage(Stage.SIGNED)
                        .when(TimePoint.parse("2022-02"))
                        .build())
                .addPosition(Position.builder().by("un").text("Verification first.").build())
                .addCharacterisation(
                    Characterisation.builder().by("lavrov").addWords("balanced").build())
                .addSource("report")
                .build())
        .add(
            Talks.builder()
                .id("talks")
                .title("Talks on the treaty")
                .when(Span.of(TimePoint.parse("2022-02-01"), TimePoint.parse("2022-02-03")))
                .venue(Place.builder().country(CountryCode.of("AT")).build())
                .format(TalksFormat.COUNCIL_SESSION)
                .host("ru-regions")
                .addDelegations(
                    Delegation.builder().party("ru").addMember("lavrov").head("lavrov").build(),
                    Delegation.of("un"))
                .addAgenda("arms-control", "treaty")
                .addCarriesOut("treaty")
                .status(TalksStatus.RESCHEDULED)
                .addPreviousDates(
                    Span.of(TimePoint.parse("2022-01-20")), Span.of(TimePoint.parse("2022-01-24")))
                .announcedBy("readout")
                .addClaim(Claim.of("status", TalksStatus.POSTPONED, "readout"))
                .addPosition(
                    Position.builder().by("ru").text("Sanctions first.").source("report").build())
                .addCharacterisation(
                    Characterisation.builder().by("un").addWords("long overdue").build())
                .addSource("report")
                .build())
        .add(
            Visit.builder()
                .id("visit")
                .kind(VisitKind.OFFICIAL_VISIT)
                .addVisitor("guterres")
                .host("ru")
                .addHost("lavrov")
                .when(Span.of(TimePoint.parse("2022-01-10"), TimePoint.parse("2022-01-12")))
                .addPlaces(
                    Place.of("Moscow", CountryCode.of("RU")),
                    Place.builder().country(CountryCode.of("RU")).build())
                .description("Talks on \"humanitarian\" corridors.")
                .invitedBy("ru")
                .addInclude("call")
                .addSource("readout")
                .build())
        .build();
  }
}
