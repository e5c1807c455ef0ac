package dev.entente.testing.example;

import dev.entente.Conversation;
import dev.entente.Dossier;
import dev.entente.Talks;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/** A weekly briefing: the conversations of the last 7 days and the talks of the next 14. */
public final class WeeklyBriefing {
  private final List<Conversation> recentConversations;
  private final List<Talks> upcomingTalks;

  private WeeklyBriefing(List<Conversation> recentConversations, List<Talks> upcomingTalks) {
    this.recentConversations = recentConversations;
    this.upcomingTalks = upcomingTalks;
  }

  /** Prepares the briefing of a day: the week up to it, and the fortnight after it. */
  public static WeeklyBriefing of(Dossier dossier, LocalDate today) {
    List<Conversation> recent =
        dossier.timeline(today.minusDays(6), today).stream()
            .map(entry -> entry.record())
            .filter(Conversation.class::isInstance)
            .map(Conversation.class::cast)
            .collect(Collectors.toList());
    List<Talks> upcoming =
        dossier.upcomingTalks(today).stream()
            .filter(talks -> !talks.when().start().firstDay().isAfter(today.plusDays(14)))
            .collect(Collectors.toList());
    return new WeeklyBriefing(recent, upcoming);
  }

  public List<Conversation> recentConversations() {
    return recentConversations;
  }

  public List<Talks> upcomingTalks() {
    return upcomingTalks;
  }
}
