package dev.entente.examples;

import dev.entente.Conversation;
import dev.entente.ConversationMode;
import dev.entente.CountryCode;
import dev.entente.Dossier;
import dev.entente.Leader;
import dev.entente.Office;
import dev.entente.Party;
import dev.entente.PartyKind;
import dev.entente.Problem;
import dev.entente.Role;
import dev.entente.Span;
import dev.entente.TimePoint;
import dev.entente.TimelineEntry;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The quick start of the README: builds a dossier in code, validates it, and prints its timeline.
 */
public final class QuickStart {
  private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

  private QuickStart() {}

  /**
   * Runs the quick start.
   *
   * @param args none
   */
  public static void main(String[] args) {
    run(System.out);
  }

  static void run(PrintStream out) {
    // spotless:off (the README shows these lines as they are laid out here)
    // README begin
    Dossier.Builder records = Dossier.builder()
        .add(Party.builder().id("ru").kind(PartyKind.STATE).name("Russia")
            .country(CountryCode.of("RU")).build())
        .add(Party.builder().id("us").kind(PartyKind.STATE).name("United States")
            .country(CountryCode.of("US")).build())
        .add(Leader.builder().id("putin").name("Vladimir Putin")
            .addOffice(Office.of("ru", Role.HEAD_OF_STATE)).build())
        .add(Leader.builder().id("biden").name("Joe Biden")
            .addOffice(Office.of("us", Role.HEAD_OF_STATE)).build())
        .add(Conversation.builder()
            .id("call-2021-12-30")
            .mode(ConversationMode.PHONE_CALL)
            .addParticipants("putin", "biden")
            .initiator("putin")
            .when(Span.of(TimePoint.parse("2021-12-30T15:35-05:00"),
                TimePoint.parse("2021-12-30T16:25-05:00")))
            .build());

    List<Problem> problems = records.validate();   // every broken rule at once
    out.println(problems.isEmpty() ? "valid" : problems);
    Dossier dossier = records.build();
    for (TimelineEntry entry : dossier.timeline()) {
      out.println(entry);           // 2021-12-30T15:35-05:00 conversation "call-2021-12-30"
    }
    Conversation call = dossier.conversationsOf("biden").get(0);
    out.println(call.when().length().orElseThrow());                        // PT50M
    out.println(call.when().fallsOn(LocalDate.of(2021, 12, 31), MOSCOW));   // true
    // README end
    // spotless:on
  }
}
