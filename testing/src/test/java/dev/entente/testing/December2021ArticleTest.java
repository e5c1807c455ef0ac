package dev.entente.testing;

import static dev.entente.testing.December2021.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.*;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Walks the report of 31 December 2021 sentence by sentence and checks that each fact it states is
 * in the December 2021 dossier.
 */
class December2021ArticleTest {
  private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
  private static final ZoneId WASHINGTON = ZoneId.of("America/New_York");
  private static final LocalDate DECEMBER_30 = LocalDate.of(2021, 12, 30);
  private static final LocalDate DECEMBER_31 = LocalDate.of(2021, 12, 31);

  /** The author's biography that ends the report: not a fact about the engagements. */
  private static final List<String> BIOGRAPHY =
      List.of(
          "“Award-winning alcohol trailblazer.",
          "Hipster-friendly internetaholic.",
          "Twitter ninja.",
          "Infuriatingly humble beer lover.",
          "Pop culture nerd.”");

  private static final Dossier DOSSIER = December2021.dossier();

  private static final Map<String, Consumer<Dossier>> FACTS = new LinkedHashMap<>();

  static {
    fact(
        "The main topic of the 50-minute exchange was the implementation of the agreement that the"
            + " two leaders made during the video conference on December 7.",
        d -> {
          Conversation call = phoneCall(d);
          assertThat(call.when().length()).contains(Duration.ofMinutes(50));
          assertThat(call.mainSubject()).contains(NEGOTIATIONS_AGREEMENT);
          assertThat(d.agreementsReachedIn(VIDEO_CALL))
              .extracting(Agreement::id)
              .containsExactly(NEGOTIATIONS_AGREEMENT);
          assertThat(videoCall(d).when().start()).isEqualTo(TimePoint.parse("2021-12-07"));
          assertThat(agreement(d, NEGOTIATIONS_AGREEMENT).milestones().get(0).by())
              .containsExactly(PUTIN, BIDEN);
        });
    fact(
        "Putin pointed out that the result of the joint work of Moscow, Washington and NATO should be"
            + " the establishment of certain guarantees.",
        d -> {
          Position position = phoneCall(d).positions().get(0);
          assertThat(position.by()).isEqualTo(PUTIN);
          assertThat(position.text())
              .contains("Moscow, Washington", "(NATO)", "establishment of certain guarantees");
          assertThat(position.subjects()).contains(Topics.SECURITY_GUARANTEES.id());
        });
    fact(
        "(Photo: PL)",
        d -> {
          Party outlet = d.find(PRENSA_LATINA, Party.class).orElseThrow();
          assertThat(outlet.kind()).isEqualTo(PartyKind.NEWS_OUTLET);
          assertThat(outlet.otherNames()).contains("PL");
          assertThat(statement(d, REPORT).by()).isEqualTo(PRENSA_LATINA);
        });
    fact(
        "The phone conversation between the presidents of Russia and the United States, Vladimir Putin"
            + " and Joe Biden, respectively, was mutually beneficial, according to a December 31"
            + " statement by the Kremlin press service.",
        d -> {
          Conversation call = phoneCall(d);
          assertThat(call.mode()).isEqualTo(ConversationMode.PHONE_CALL);
          assertThat(call.participants()).containsExactly(PUTIN, BIDEN);
          assertThat(leader(d, PUTIN))
              .satisfies(
                  l -> {
                    assertThat(l.name()).isEqualTo("Vladimir Putin");
                    assertThat(l.offices().get(0).party()).isEqualTo(RUSSIA);
                    assertThat(l.offices().get(0).title()).contains("President of Russia");
                  });
          assertThat(leader(d, BIDEN))
              .satisfies(
                  l -> {
                    assertThat(l.name()).isEqualTo("Joe Biden");
                    assertThat(l.offices().get(0).party()).isEqualTo(UNITED_STATES);
                    assertThat(l.offices().get(0).title())
                        .contains("President of the United States");
                  });
          Characterisation kremlin = call.characterisations().get(0);
          assertThat(kremlin.by()).isEqualTo(KREMLIN_PRESS_SERVICE);
          assertThat(kremlin.words()).contains("mutually beneficial");
          Statement readout = statement(d, KREMLIN_READOUT);
          assertThat(readout.by()).isEqualTo(KREMLIN_PRESS_SERVICE);
          assertThat(readout.when()).isEqualTo(TimePoint.parse("2021-12-31"));
          assertThat(kremlin.source()).contains(KREMLIN_READOUT);
          assertThat(d.find(KREMLIN_PRESS_SERVICE, Party.class).orElseThrow().partOf())
              .contains(RUSSIA);
        });
    fact(
        "“In general, the conversation was frank, professional and of course mutually beneficial.",
        d -> {
          assertThat(phoneCall(d).characterisations().get(0).words())
              .containsExactly("frank", "professional", "mutually beneficial");
          assertThat(statement(d, KREMLIN_READOUT).quote())
              .hasValueSatisfying(
                  q ->
                      assertThat(q)
                          .startsWith(
                              "In general, the conversation was frank, professional and of course mutually beneficial."));
        });
    fact(
        "It was agreed to continue regular contacts at the highest level,” according to the document,"
            + " referring to the dialogue that took place last night and concluded this morning (local"
            + " time).",
        d -> {
          Agreement commitment = agreement(d, CONTACTS_COMMITMENT);
          assertThat(commitment.kind()).isEqualTo(AgreementKind.COMMITMENT);
          assertThat(commitment.terms())
              .contains("To continue regular contacts at the highest level.");
          assertThat(commitment.status()).isEqualTo(Stage.AGREED);
          assertThat(commitment.milestones().get(0).source()).contains(KREMLIN_READOUT);
          assertThat(d.agreementsReachedIn(PHONE_CALL))
              .extracting(Agreement::id)
              .containsExactly(CONTACTS_COMMITMENT);
          Span when = phoneCall(d).when();
          // Last night and this morning, in Moscow: from 23:35 on the 30th to 00:25 on the 31st.
          assertThat(when.start().dateIn(MOSCOW)).contains(DECEMBER_30);
          assertThat(when.end().flatMap(end -> end.dateIn(MOSCOW))).contains(DECEMBER_31);
          assertThat(when.fallsOn(DECEMBER_31, MOSCOW)).isTrue();
          assertThat(when.fallsOn(DECEMBER_31, WASHINGTON)).isFalse();
        });
    fact(
        "The memo states that the main topic of the 50-minute exchange was the implementation of the"
            + " agreement that the two leaders made during a video conference on December 7, to begin"
            + " negotiations on providing legal guarantees for Russia’s security.",
        d -> {
          Agreement agreement = agreement(d, NEGOTIATIONS_AGREEMENT);
          assertThat(agreement.kind()).isEqualTo(AgreementKind.AGREEMENT_IN_PRINCIPLE);
          assertThat(agreement.terms())
              .contains(
                  "To begin negotiations on providing legal guarantees for Russia's security.");
          assertThat(agreement.parties()).containsExactly(RUSSIA, UNITED_STATES);
          assertThat(agreement.milestones().get(0).occasion()).contains(VIDEO_CALL);
          assertThat(agreement.milestones().get(0).source()).contains(KREMLIN_READOUT);
          assertThat(phoneCall(d).mainSubject()).contains(NEGOTIATIONS_AGREEMENT);
          assertThat(d.statementsAbout(NEGOTIATIONS_AGREEMENT))
              .extracting(Statement::id)
              .containsExactly(KREMLIN_READOUT);
        });
    fact(
        "Putin indicated that the result of the joint work of Moscow, Washington and the North Atlantic"
            + " Treaty Organization (NATO) should be the establishment of certain guarantees.",
        d -> {
          assertThat(phoneCall(d).positions())
              .singleElement()
              .satisfies(p -> assertThat(p.by()).isEqualTo(PUTIN));
          Party nato = d.find(NATO, Party.class).orElseThrow();
          assertThat(nato.name()).isEqualTo("North Atlantic Treaty Organization");
          assertThat(nato.otherNames()).contains("NATO");
          assertThat(nato.kind()).isEqualTo(PartyKind.INTERNATIONAL_ORGANIZATION);
        });
    fact(
        "This should rule out the possibility of NATO advancing further east and deploying weapons"
            + " systems in the immediate vicinity of the Eurasian state border.",
        d -> {
          Position position = phoneCall(d).positions().get(0);
          assertThat(position.text())
              .contains(
                  "NATO advancing further east", "deploying weapons systems", "immediate vicinity");
          assertThat(position.subjects()).contains(Topics.NATO_ENLARGEMENT.id());
          assertThat(d.recordsOn(Topics.NATO_ENLARGEMENT.id()))
              .extracting(DossierRecord::id)
              .containsExactly(PHONE_CALL);
        });
    fact(
        "This Friday was the second conversation between the two heads of state this month.",
        d -> {
          List<Conversation> december =
              d.conversationsOf(PUTIN).stream()
                  .filter(c -> c.when().start().firstDay().getMonthValue() == 12)
                  .filter(c -> c.participants().contains(BIDEN))
                  .collect(Collectors.toList());
          assertThat(december).extracting(Conversation::id).containsExactly(VIDEO_CALL, PHONE_CALL);
          assertThat(phoneCall(d).follows()).containsExactly(VIDEO_CALL);
          assertThat(leader(d, PUTIN).offices().get(0).role()).isEqualTo(Role.HEAD_OF_STATE);
          assertThat(leader(d, BIDEN).offices().get(0).role()).isEqualTo(Role.HEAD_OF_STATE);
          // Friday 31 December in Moscow, where the call ended.
          assertThat(DECEMBER_31.getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);
          assertThat(phoneCall(d).when().fallsOn(DECEMBER_31, MOSCOW)).isTrue();
        });
    fact(
        "In the first, which lasted two hours, they discussed the situation in Ukraine, bilateral"
            + " relations, cyber security and the Iran nuclear deal.",
        d -> {
          Conversation first = videoCall(d);
          assertThat(first.mode()).isEqualTo(ConversationMode.VIDEO_CALL);
          assertThat(first.when().length()).contains(Duration.ofHours(2));
          assertThat(first.subjects())
              .containsExactly(
                  "ukraine", "bilateral-relations", "cyber-security", "iran-nuclear-deal");
          assertThat(d.find("iran-nuclear-deal", Topic.class).orElseThrow().label())
              .isEqualTo("Iran nuclear deal");
        });
    fact(
        "On this occasion, the initiative for dialogue came from the Russian President with the aim of"
            + " continuing to discuss the issues previously discussed and to amend the details about the"
            + " contacts that the two countries will conduct next January.",
        d -> {
          Conversation call = phoneCall(d);
          assertThat(call.initiator()).contains(PUTIN);
          assertThat(call.purpose())
              .hasValueSatisfying(
                  p -> assertThat(p).contains("continue discussing", "next January"));
          assertThat(call.subjects()).contains(GENEVA_TALKS, BRUSSELS_COUNCIL, VIENNA_TALKS);
        });
    fact(
        "As planned, on January 10 in the Swiss city of Geneva, delegations from Russia and the United"
            + " States will negotiate the security commitments requested by Moscow.",
        d -> {
          Talks geneva = talks(d, GENEVA_TALKS);
          assertThat(geneva.when().start()).isEqualTo(TimePoint.parse("2022-01-10"));
          assertThat(geneva.venue()).contains(Place.of("Geneva", CountryCode.of("CH")));
          assertThat(geneva.format()).isEqualTo(TalksFormat.BILATERAL);
          assertThat(geneva.parties()).containsExactly(RUSSIA, UNITED_STATES);
          assertThat(geneva.agenda()).containsExactly(Topics.SECURITY_GUARANTEES.id());
          assertThat(geneva.status()).isEqualTo(TalksStatus.SCHEDULED);
          assertThat(d.talksCarryingOut(NEGOTIATIONS_AGREEMENT))
              .extracting(Talks::id)
              .containsExactly(GENEVA_TALKS);
        });
    fact(
        "On January 12, a meeting of the Russia-NATO Council will be held in Brussels, Belgium, and on"
            + " January 13, talks between representatives of Russia and the Organization for Security and"
            + " Cooperation in Europe (OSCE) will take place in Vienna, Austria.",
        d -> {
          Talks brussels = talks(d, BRUSSELS_COUNCIL);
          assertThat(brussels.when().start()).isEqualTo(TimePoint.parse("2022-01-12"));
          assertThat(brussels.venue()).contains(Place.of("Brussels", CountryCode.of("BE")));
          assertThat(brussels.format()).isEqualTo(TalksFormat.COUNCIL_SESSION);
          assertThat(brussels.host()).contains(NATO_RUSSIA_COUNCIL);
          assertThat(d.find(NATO_RUSSIA_COUNCIL, Party.class).orElseThrow().otherNames())
              .contains("Russia-NATO Council");
          Talks vienna = talks(d, VIENNA_TALKS);
          assertThat(vienna.when().start()).isEqualTo(TimePoint.parse("2022-01-13"));
          assertThat(vienna.venue()).contains(Place.of("Vienna", CountryCode.of("AT")));
          assertThat(vienna.parties()).containsExactly(RUSSIA, OSCE);
          Party osce = d.find(OSCE, Party.class).orElseThrow();
          assertThat(osce.name()).isEqualTo("Organization for Security and Cooperation in Europe");
          assertThat(osce.otherNames()).contains("OSCE");
          assertThat(d.upcomingTalks(LocalDate.of(2022, 1, 1)))
              .extracting(Talks::id)
              .containsExactly(GENEVA_TALKS, BRUSSELS_COUNCIL, VIENNA_TALKS);
        });
    fact(
        "On December 17, the State Department released the content of two drafts with proposals for"
            + " agreements on legal security guarantees for both parties, which Moscow handed two days"
            + " earlier to the US Under Secretary of State for European and Eurasian Affairs, Karen"
            + " Donfried.",
        d -> {
          List<Agreement> drafts =
              d.agreements().stream()
                  .filter(a -> a.kind() == AgreementKind.DRAFT_TREATY)
                  .collect(Collectors.toList());
          assertThat(drafts).extracting(Agreement::id).containsExactly(FIRST_DRAFT, SECOND_DRAFT);
          for (Agreement draft : drafts) {
            assertThat(draft.parties()).containsExactly(RUSSIA, UNITED_STATES);
            assertThat(draft.topics()).containsExactly(Topics.SECURITY_GUARANTEES.id());
            Milestone handedOver = draft.milestones().get(0);
            assertThat(handedOver.stage()).isEqualTo(Stage.HANDED_OVER);
            assertThat(handedOver.when()).isEqualTo(TimePoint.parse("2021-12-15"));
            assertThat(handedOver.by()).containsExactly(RUSSIA);
            assertThat(handedOver.towards()).containsExactly(DONFRIED);
            Milestone published = draft.milestones().get(1);
            assertThat(published.stage()).isEqualTo(Stage.PUBLISHED);
            assertThat(published.when()).isEqualTo(TimePoint.parse("2021-12-17"));
            assertThat(published.by()).containsExactly(STATE_DEPARTMENT);
            assertThat(draft.status()).isEqualTo(Stage.PUBLISHED);
          }
          Leader donfried = leader(d, DONFRIED);
          assertThat(donfried.name()).isEqualTo("Karen Donfried");
          assertThat(donfried.offices().get(0).title())
              .contains("US Under Secretary of State for European and Eurasian Affairs");
          assertThat(d.find(STATE_DEPARTMENT, Party.class).orElseThrow().partOf())
              .contains(UNITED_STATES);
        });
    fact(
        "Following Friday’s conversation, the Russian president’s adviser on international affairs,"
            + " Yury Ushakov, indicated that the leaders had indicated their interest in continuing the"
            + " dialogue after the new year if the progress of negotiations required it.",
        d -> {
          Leader ushakov = leader(d, USHAKOV);
          assertThat(ushakov.name()).isEqualTo("Yury Ushakov");
          assertThat(ushakov.otherNames()).contains("Yuri Ushakov");
          assertThat(ushakov.offices().get(0).role()).isEqualTo(Role.ADVISER);
          assertThat(ushakov.offices().get(0).title())
              .contains("Adviser to the Russian President on international affairs");
          Statement comments = statement(d, USHAKOV_COMMENTS);
          assertThat(comments.by()).isEqualTo(USHAKOV);
          assertThat(comments.kind()).isEqualTo(StatementKind.COMMENT);
          assertThat(comments.summary())
              .hasValueSatisfying(
                  s -> assertThat(s).contains("continuing the dialogue after the new year"));
          assertThat(d.statementsAbout(PHONE_CALL))
              .extracting(Statement::id)
              .contains(USHAKOV_COMMENTS);
        });
    fact(
        "He commented that in addition to the Geneva consultations, Putin and Biden would “continue to"
            + " negotiate in other ways” and, when necessary, would communicate with each other and give"
            + " instructions to their negotiating teams.",
        d -> {
          Statement comments = statement(d, USHAKOV_COMMENTS);
          assertThat(comments.quote()).contains("continue to negotiate in other ways");
          assertThat(comments.summary())
              .hasValueSatisfying(
                  s -> assertThat(s).contains("instructions to their negotiating teams"));
          assertThat(comments.about()).contains(GENEVA_TALKS);
          assertThat(d.statementsAbout(GENEVA_TALKS))
              .extracting(Statement::id)
              .containsExactly(USHAKOV_COMMENTS);
        });
  }

  private static void fact(String sentence, Consumer<Dossier> check) {
    FACTS.put(sentence, check);
  }

  @TestFactory
  Stream<DynamicTest> eachSentenceOfTheArticleIsInTheDossier() {
    return FACTS.entrySet().stream()
        .map(fact -> DynamicTest.dynamicTest(fact.getKey(), () -> fact.getValue().accept(DOSSIER)));
  }

  @Test
  void theSentencesCheckedAreTheWholeArticleButTheAuthorsBiography() throws IOException {
    String article = article();
    for (String sentence : FACTS.keySet()) {
      assertThat(article).as("the article").contains(sentence);
      article = article.replace(sentence, "");
    }
    for (String line : BIOGRAPHY) {
      assertThat(article).contains(line);
      article = article.replace(line, "");
    }

    assertThat(article).as("what no check covers").isBlank();
  }

  @Test
  void theDossierHoldsEveryRecordTheBriefLists() {
    assertThat(DOSSIER.parties())
        .extracting(Party::id)
        .containsExactlyInAnyOrder(
            RUSSIA,
            UNITED_STATES,
            NATO,
            OSCE,
            NATO_RUSSIA_COUNCIL,
            STATE_DEPARTMENT,
            KREMLIN_PRESS_SERVICE,
            PRENSA_LATINA);
    assertThat(DOSSIER.leaders())
        .extracting(Leader::id)
        .containsExactlyInAnyOrder(PUTIN, BIDEN, USHAKOV, DONFRIED);
    assertThat(DOSSIER.conversations()).hasSize(2);
    assertThat(DOSSIER.agreements()).hasSize(4);
    assertThat(DOSSIER.talks()).hasSize(3);
    assertThat(DOSSIER.statements()).hasSize(3);
    assertThat(DOSSIER.topics()).hasSize(6);
  }

  private static String article() throws IOException {
    try (InputStream in =
        December2021ArticleTest.class.getResourceAsStream("december-2021-article.txt")) {
      assertThat(in).as("the article resource").isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static Conversation phoneCall(Dossier d) {
    return d.find(PHONE_CALL, Conversation.class).orElseThrow();
  }

  private static Conversation videoCall(Dossier d) {
    return d.find(VIDEO_CALL, Conversation.class).orElseThrow();
  }

  private static Leader leader(Dossier d, String id) {
    return d.find(id, Leader.class).orElseThrow();
  }

  private static Agreement agreement(Dossier d, String id) {
    return d.find(id, Agreement.class).orElseThrow();
  }

  private static Statement statement(Dossier d, String id) {
    return d.find(id, Statement.class).orElseThrow();
  }

  private static Talks talks(Dossier d, String id) {
    return d.find(id, Talks.class).orElseThrow();
  }
}
