package dev.entente.examples;

import static dev.entente.testing.EntenteAssertions.assertThat;

import dev.entente.Conversation;
import dev.entente.Dossier;
import dev.entente.Span;
import dev.entente.TalksStatus;
import dev.entente.TimePoint;
import dev.entente.testing.December2021;
import dev.entente.testing.DossierGenerator;
import dev.entente.testing.MinimalRecords;
import dev.entente.testing.SmallDossiers;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WeeklyBriefingTest {
  private static final LocalDate NEW_YEARS_EVE = LocalDate.of(2021, 12, 31);

  @Test
  void briefsTheLastWeekAndTheNextFortnightOfDecember2021() {
    WeeklyBriefing briefing = WeeklyBriefing.of(December2021.dossier(), NEW_YEARS_EVE);

    assertThat(briefing.recentConversations())
        .singleElement()
        .satisfies(
            call ->
                assertThat(call)
                    .isPhoneCall()
                    .hasParticipants(December2021.PUTIN, December2021.BIDEN)
                    .wasInitiatedBy(December2021.PUTIN));
    assertThat(briefing.upcomingTalks())
        .extracting(talks -> talks.id())
        .containsExactly(
            December2021.GENEVA_TALKS, December2021.BRUSSELS_COUNCIL, December2021.VIENNA_TALKS);
  }

  @Test
  void leavesOutAConversationOfEightDaysAgo() {
    Dossier dossier =
        SmallDossiers.oneCall().toBuilder()
            .add(
                MinimalRecords.conversation("old-call", "putin", "biden")
                    .when(Span.of(TimePoint.parse("2021-12-23")))
                    .build())
            .add(
                MinimalRecords.conversation("recent-call", "biden", "putin")
                    .when(Span.of(TimePoint.parse("2021-12-25")))
                    .build())
            .build();

    WeeklyBriefing briefing = WeeklyBriefing.of(dossier, NEW_YEARS_EVE);

    assertThat(briefing.recentConversations())
        .extracting(Conversation::id)
        .containsExactly("recent-call", "call");
  }

  @Test
  void leavesOutTalksBeyondTheFortnightAndCancelledOnes() {
    Dossier dossier =
        SmallDossiers.oneCall().toBuilder()
            .add(
                MinimalRecords.talks("soon", "ru", "us")
                    .when(Span.of(TimePoint.parse("2022-01-14")))
                    .build())
            .add(
                MinimalRecords.talks("later", "ru", "us")
                    .when(Span.of(TimePoint.parse("2022-01-15")))
                    .build())
            .add(MinimalRecords.talks("off", "ru", "us").status(TalksStatus.CANCELLED).build())
            .build();

    assertThat(WeeklyBriefing.of(dossier, NEW_YEARS_EVE).upcomingTalks())
        .extracting(talks -> talks.id())
        .containsExactly("soon");
  }

  @Test
  void everyConversationOfTheBriefingFallsInTheWeek() {
    DossierGenerator.forEachDossier(
        300,
        60,
        dossier -> {
          LocalDate today = dossier.conversations().get(0).when().start().lastDay();
          for (Conversation conversation :
              WeeklyBriefing.of(dossier, today).recentConversations()) {
            assertThat(conversation.when().lastDay()).isAfterOrEqualTo(today.minusDays(6));
            assertThat(conversation.when().start().firstDay()).isBeforeOrEqualTo(today);
          }
        });
  }
}
