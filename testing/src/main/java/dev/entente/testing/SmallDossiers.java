package dev.entente.testing;

import dev.entente.Conversation;
import dev.entente.ConversationMode;
import dev.entente.Dossier;
import dev.entente.Span;
import dev.entente.TimePoint;
import java.time.Duration;

/**
 * Small named dossiers, for tests that need a few records and nothing else.
 *
 * <pre>{@code
 * Dossier dossier = SmallDossiers.threadOfCalls();
 * }</pre>
 */
public final class SmallDossiers {
  private SmallDossiers() {}

  /**
   * Returns the empty dossier.
   *
   * @return a dossier without records
   */
  public static Dossier empty() {
    return Dossier.builder().build();
  }

  /**
   * Returns two states, a leader of each, and one phone call between them: {@code ru}, {@code us},
   * {@code putin}, {@code biden} and {@code call}, on 30 December 2021 from 15:35 for 50 minutes at
   * -05:00, initiated by {@code putin}.
   *
   * @return a dossier of five records
   */
  public static Dossier oneCall() {
    return twoLeaders().add(call().build()).build();
  }

  /**
   * Returns {@link #oneCall()} with two earlier conversations in the same thread: {@code
   * first-call}, a video call on 7 December 2021 for two hours, and {@code second-call} on 15
   * December 2021, which follows it; {@code call} follows {@code second-call}.
   *
   * @return a dossier of seven records
   */
  public static Dossier threadOfCalls() {
    return twoLeaders()
        .add(
            MinimalRecords.conversation("first-call", "putin", "biden")
                .mode(ConversationMode.VIDEO_CALL)
                .when(Span.of(TimePoint.parse("2021-12-07"), Duration.ofHours(2)))
                .build())
        .add(
            MinimalRecords.conversation("second-call", "biden", "putin")
                .when(Span.of(TimePoint.parse("2021-12-15")))
                .addFollow("first-call")
                .build())
        .add(call().addFollow("second-call").build())
        .build();
  }

  private static Dossier.Builder twoLeaders() {
    return Dossier.builder()
        .add(MinimalRecords.state("ru", "RU").build())
        .add(MinimalRecords.state("us", "US").build())
        .add(MinimalRecords.leader("putin", "ru").build())
        .add(MinimalRecords.leader("biden", "us").build());
  }

  private static Conversation.Builder call() {
    return MinimalRecords.conversation("call", "putin", "biden")
        .initiator("putin")
        .when(Span.of(TimePoint.parse("2021-12-30T15:35-05:00"), Duration.ofMinutes(50)));
  }
}
