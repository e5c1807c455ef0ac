package dev.entente;

import java.time.Duration;

/**
 * The December 2021 dossier: the Prensa Latina report of 31 December 2021 on the contacts between
 * Vladimir Putin and Joe Biden, built record by record.
 */
final class December2021 {
  static final String RUSSIA = "ru";
  static final String UNITED_STATES = "us";
  static final String NATO = "nato";
  static final String OSCE = "osce";
  static final String NATO_RUSSIA_COUNCIL = "nato-russia-council";
  static final String STATE_DEPARTMENT = "us-state-department";
  static final String KREMLIN_PRESS_SERVICE = "kremlin-press-service";
  static final String PRENSA_LATINA = "prensa-latina";

  static final String PUTIN = "putin";
  static final String BIDEN = "biden";
  static final String USHAKOV = "ushakov";
  static final String DONFRIED = "donfried";

  static final String REPORT = "prensa-latina-report-2021-12-31";
  static final String KREMLIN_READOUT = "kremlin-readout-2021-12-31";
  static final String USHAKOV_COMMENTS = "ushakov-comments-2021-12-31";

  static final String VIDEO_CALL = "video-call-2021-12-07";
  static final String PHONE_CALL = "phone-call-2021-12-30";

  static final String NEGOTIATIONS_AGREEMENT = "agreement-2021-12-07";
  static final String CONTACTS_COMMITMENT = "commitment-2021-12-30";
  static final String FIRST_DRAFT = "draft-2021-12-15-1";
  static final String SECOND_DRAFT = "draft-2021-12-15-2";

  static final String GENEVA_TALKS = "talks-2022-01-10-geneva";
  static final String BRUSSELS_COUNCIL = "talks-2022-01-12-brussels";
  static final String VIENNA_TALKS = "talks-2022-01-13-vienna";

  private December2021() {}

  static Dossier dossier() {
    return Dossier.builder()
        .addAll(Topics.all().subList(0, 6))
        .add(state(RUSSIA, "Russia", "RU", "Russian Federation", "Q159"))
        .add(state(UNITED_STATES, "United States", "US", "United States of America", "Q30"))
        .add(organisation(NATO, "North Atlantic Treaty Organization", "NATO", "Q7184"))
        .add(organisation(OSCE, "Organization for Security and Cooperation in Europe", "OSCE", "Q81299"))
        .add(
            Party.builder()
                .id(NATO_RUSSIA_COUNCIL)
                .kind(PartyKind.FORUM)
                .name("NATO–Russia Council")
                .addOtherName("Russia-NATO Council")
                .addMembers(NATO, RUSSIA)
                .build())
        .add(
            Party.builder()
                .id(STATE_DEPARTMENT)
                .kind(PartyKind.GOVERNMENT_BODY)
                .name("US State Department")
                .addOtherName("State Department")
                .country(CountryCode.of("US"))
                .partOf(UNITED_STATES)
                .build())
        .add(
            Party.builder()
                .id(KREMLIN_PRESS_SERVICE)
                .kind(PartyKind.GOVERNMENT_BODY)
                .name("Kremlin press service")
                .country(CountryCode.of("RU"))
                .partOf(RUSSIA)
                .build())
        .add(
            Party.builder()
                .id(PRENSA_LATINA)
                .kind(PartyKind.NEWS_OUTLET)
                .name("Prensa Latina")
                .addOtherName("PL")
                .country(CountryCode.of("CU"))
                .build())
        .add(
            Leader.builder()
                .id(PUTIN)
                .name("Vladimir Putin")
                .party(RUSSIA)
                .role(Role.HEAD_OF_STATE)
                .office("President of Russia")
                .putIdentifier("wikidata", "Q7747")
                .build())
        .add(
            Leader.builder()
                .id(BIDEN)
                .name("Joe Biden")
                .party(UNITED_STATES)
                .role(Role.HEAD_OF_STATE)
                .office("President of the United States")
                .putIdentifier("wikidata", "Q6279")
                .build())
        .add(
            Leader.builder()
                .id(USHAKOV)
                .name("Yury Ushakov")
                .addOtherName("Yuri Ushakov")
                .party(RUSSIA)
                .role(Role.ADVISER)
                .office("Adviser to the Russian President on international affairs")
                .build())
        .add(
            Leader.builder()
                .id(DONFRIED)
                .name("Karen Donfried")
                .party(STATE_DEPARTMENT)
                .role(Role.DEPUTY_MINISTER)
                .office("US Under Secretary of State for European and Eurasian Affairs")
                .build())
        .add(
            Statement.builder()
                .id(REPORT)
                .kind(StatementKind.NEWS_REPORT)
                .by(PRENSA_LATINA)
                .when(TimePoint.parse("2021-12-31"))
                .summary(
                    "Report on the phone conversation between Vladimir Putin and Joe Biden that took"
                        + " place on the night of December 30 and concluded on the morning of December 31"
                        + " (local time), on the Kremlin's statement about it, on Yury Ushakov's comments"
                        + " and on the talks planned for January 2022.")
                .addAbout(PHONE_CALL)
                .build())
        .add(
            Statement.builder()
                .id(KREMLIN_READOUT)
                .kind(StatementKind.READOUT)
                .by(KREMLIN_PRESS_SERVICE)
                .when(TimePoint.parse("2021-12-31"))
                .quote(
                    "In general, the conversation was frank, professional and of course mutually"
                        + " beneficial. It was agreed to continue regular contacts at the highest level.")
                .summary(
                    "The main topic of the 50-minute exchange was the implementation of the agreement"
                        + " that the two leaders made during the video conference on December 7, to begin"
                        + " negotiations on providing legal guarantees for Russia's security.")
                .addAbout(PHONE_CALL, NEGOTIATIONS_AGREEMENT, CONTACTS_COMMITMENT)
                .addSource(REPORT)
                .build())
        .add(
            Statement.builder()
                .id(USHAKOV_COMMENTS)
                .kind(StatementKind.COMMENT)
                .by(USHAKOV)
                .when(TimePoint.parse("2021-12-31"))
                .quote("continue to negotiate in other ways")
                .summary(
                    "The leaders indicated their interest in continuing the dialogue after the new year"
                        + " if the progress of negotiations required it. In addition to the Geneva"
                        + " consultations, Putin and Biden would continue to negotiate in other ways and,"
                        + " when necessary, would communicate with each other and give instructions to"
                        + " their negotiating teams.")
                .addAbout(PHONE_CALL, GENEVA_TALKS)
                .addSource(REPORT)
                .build())
        .add(
            Conversation.builder()
                .id(VIDEO_CALL)
                .mode(ConversationMode.VIDEO_CALL)
                .addParticipants(PUTIN, BIDEN)
                .when(Span.of(TimePoint.parse("2021-12-07"), Duration.ofHours(2)))
                .addSubjects(
                    Topics.UKRAINE.id(),
                    Topics.BILATERAL_RELATIONS.id(),
                    Topics.CYBER_SECURITY.id(),
                    Topics.IRAN_NUCLEAR_DEAL.id())
                .addSource(REPORT)
                .build())
        .add(
            Conversation.builder()
                .id(PHONE_CALL)
                .mode(ConversationMode.PHONE_CALL)
                .addParticipants(PUTIN, BIDEN)
                .initiator(PUTIN)
                .when(
                    Span.of(
                        TimePoint.parse("2021-12-30T15:35-05:00"),
                        TimePoint.parse("2021-12-30T16:25-05:00"),
                        Duration.ofMinutes(50)))
                .addSubjects(
                    NEGOTIATIONS_AGREEMENT,
                    Topics.SECURITY_GUARANTEES.id(),
                    Topics.NATO_ENLARGEMENT.id(),
                    GENEVA_TALKS,
                    BRUSSELS_COUNCIL,
                    VIENNA_TALKS)
                .mainSubject(NEGOTIATIONS_AGREEMENT)
                .purpose(
                    "To continue discussing the issues previously discussed and to amend the details"
                        + " about the contacts that the two countries will conduct next January.")
                .addPosition(
                    Position.builder()
                        .by(PUTIN)
                        .text(
                            "The result of the joint work of Moscow, Washington and the North Atlantic"
                                + " Treaty Organization (NATO) should be the establishment of certain"
                                + " guarantees. This should rule out the possibility of NATO advancing"
                                + " further east and deploying weapons systems in the immediate vicinity"
                                + " of the Eurasian state border.")
                        .addSubjects(Topics.SECURITY_GUARANTEES.id(), Topics.NATO_ENLARGEMENT.id())
                        .build())
                .addCharacterisation(
                    Characterisation.builder()
                        .by(KREMLIN_PRESS_SERVICE)
                        .addWords("frank", "professional", "mutually beneficial")
                        .source(KREMLIN_READOUT)
                        .build())
                .addFollow(VIDEO_CALL)
                .addSources(KREMLIN_READOUT, REPORT)
                .build())
        .add(
            Agreement.builder()
                .id(NEGOTIATIONS_AGREEMENT)
                .kind(AgreementKind.AGREEMENT_IN_PRINCIPLE)
                .title("Negotiations on legal guarantees for Russia's security")
                .terms("To begin negotiations on providing legal guarantees for Russia's security.")
                .addParties(RUSSIA, UNITED_STATES)
                .addTopic(Topics.SECURITY_GUARANTEES.id())
                .addMilestone(
                    Milestone.builder()
                        .stage(Stage.AGREED)
                        .when(TimePoint.parse("2021-12-07"))
                        .addBy(PUTIN, BIDEN)
                        .occasion(VIDEO_CALL)
                        .source(KREMLIN_READOUT)
                        .build())
                .addSource(KREMLIN_READOUT)
                .build())
        .add(
            Agreement.builder()
                .id(CONTACTS_COMMITMENT)
                .kind(AgreementKind.COMMITMENT)
                .title("Regular contacts at the highest level")
                .terms("To continue regular contacts at the highest level.")
                .addParties(RUSSIA, UNITED_STATES)
                .addTopic(Topics.BILATERAL_RELATIONS.id())
                .addMilestone(
                    Milestone.builder()
                        .stage(Stage.AGREED)
                        .when(TimePoint.parse("2021-12-30"))
                        .addBy(PUTIN, BIDEN)
                        .occasion(PHONE_CALL)
                        .source(KREMLIN_READOUT)
                        .build())
                .addSource(KREMLIN_READOUT)
                .build())
        .add(draft(FIRST_DRAFT, "First draft agreement on legal security guarantees"))
        .add(draft(SECOND_DRAFT, "Second draft agreement on legal security guarantees"))
        .add(
            Talks.builder()
                .id(GENEVA_TALKS)
                .title("Russia–US negotiations on security commitments in Geneva")
                .when(Span.of(TimePoint.parse("2022-01-10")))
                .venue(Place.of("Geneva", CountryCode.of("CH")))
                .format(TalksFormat.BILATERAL)
                .addDelegations(Delegation.of(RUSSIA), Delegation.of(UNITED_STATES))
                .addAgenda(Topics.SECURITY_GUARANTEES.id())
                .addCarriesOut(NEGOTIATIONS_AGREEMENT)
                .status(TalksStatus.SCHEDULED)
                .addSource(REPORT)
                .build())
        .add(
            Talks.builder()
                .id(BRUSSELS_COUNCIL)
                .title("Meeting of the NATO–Russia Council in Brussels")
                .when(Span.of(TimePoint.parse("2022-01-12")))
                .venue(Place.of("Brussels", CountryCode.of("BE")))
                .format(TalksFormat.COUNCIL_SESSION)
                .host(NATO_RUSSIA_COUNCIL)
                .addDelegations(Delegation.of(RUSSIA), Delegation.of(NATO))
                .status(TalksStatus.SCHEDULED)
                .addSource(REPORT)
                .build())
        .add(
            Talks.builder()
                .id(VIENNA_TALKS)
                .title("Talks between Russia and the OSCE in Vienna")
                .when(Span.of(TimePoint.parse("2022-01-13")))
                .venue(Place.of("Vienna", CountryCode.of("AT")))
                .format(TalksFormat.MULTILATERAL)
                .addDelegations(Delegation.of(RUSSIA), Delegation.of(OSCE))
                .status(TalksStatus.SCHEDULED)
                .addSource(REPORT)
                .build())
        .build();
  }

  private static Party state(String id, String name, String country, String otherName, String wikidata) {
    return Party.builder()
        .id(id)
        .kind(PartyKind.STATE)
        .name(name)
        .addOtherName(otherName)
        .country(CountryCode.of(country))
        .putIdentifier("wikidata", wikidata)
        .build();
  }

  private static Party organisation(String id, String name, String abbreviation, String wikidata) {
    return Party.builder()
        .id(id)
        .kind(PartyKind.INTERNATIONAL_ORGANIZATION)
        .name(name)
        .addOtherName(abbreviation)
        .putIdentifier("wikidata", wikidata)
        .build();
  }

  private static Agreement draft(String id, String title) {
    return Agreement.builder()
        .id(id)
        .kind(AgreementKind.DRAFT_TREATY)
        .title(title)
        .terms("Proposals for agreements on legal security guarantees for both parties.")
        .addParties(RUSSIA, UNITED_STATES)
        .addTopic(Topics.SECURITY_GUARANTEES.id())
        .addMilestone(
            Milestone.builder()
                .stage(Stage.HANDED_OVER)
                .when(TimePoint.parse("2021-12-15"))
                .addBy(RUSSIA)
                .addTowards(DONFRIED)
                .source(REPORT)
                .build())
        .addMilestone(
            Milestone.builder()
                .stage(Stage.PUBLISHED)
                .when(TimePoint.parse("2021-12-17"))
                .addBy(STATE_DEPARTMENT)
                .source(REPORT)
                .build())
        .addSource(REPORT)
        .build();
  }
}
