package dev.entente.examples;

import dev.entente.Conversation;
import dev.entente.Dossier;
import dev.entente.Talks;
import java.time.LocalDate;
import java.util.List;

/** A weekly briefing: the conversations of the last 7 days and the talks of the next 14. */
public final class WeeklyBriefing {
  private final List<Conversation> recentConversations;
  private final List<Talks> upcomingTalks;

  private WeeklyBriefing(List<Conversation> recentConversations, List<Talks> upcomingTalks) {
    this.recentConversations = recentConversations;
    this.upcomingTalks = upcomingTalks;
  }

  /**
   * Prepares the briefing of a day: the week up to it, and the fortnight after it.
   *
   * @param dossier the dossier to brief on
   * @param today the day of the briefing
   * @return the briefing
   */
  public static WeeklyBriefing of(Dossier dossier, LocalDate today) {
    List<Conversation> recent =
        dossier.timeline(today.minusDays(6), today).stream()
            .map(entry -> entry.record())
            .filter(Conversation.class::isInstance)
            .map(Conversation.class::cast)
            .toList();
    List<Talks> upcoming =
        dossier.upcomingTalks(today).stream()
            .filter(talks -> !talks.when().start().firstDay().isAfter(today.plusDays(14)))
            .toList();
    return new WeeklyBriefing(recent, upcoming);
  }

  /**
   * Returns the conversations of the last seven days, in timeline order.
   *
   * @return the conversations
   */
  public List<Conversation> recentConversations() {
    return recentConversations;
  }

  /**
   * Returns the talks of the next fourteen days, in timeline order.
   *
   * @return the talks
   */
  public List<Talks> upcomingTalks() {
    return upcomingTalks;
  }
}
