package dev.entente;

import java.util.Locale;

/** The kinds of record a {@link Dossier} holds, in the order a dossier lists them. */
public enum RecordKind {
  /** A {@link Party}: a state or an organisation. */
  PARTY(Party.class, "parties", false),
  /** A {@link Leader}: a person who acts for a party. */
  LEADER(Leader.class, "leaders", false),
  /** A {@link Topic} of the dossier's vocabulary. */
  TOPIC(Topic.class, "topics", false),
  /** A {@link Statement}: who said or published what, and when. */
  STATEMENT(Statement.class, "statements", true),
  /** A {@link Conversation}: a direct exchange between leaders. */
  CONVERSATION(Conversation.class, "conversations", true),
  /** An {@link Agreement}: what parties committed to, with its milestones. */
  AGREEMENT(Agreement.class, "agreements", true),
  /** {@link Talks}: planned negotiations or meetings. */
  TALKS(Talks.class, "talks", true),
  /** A {@link Visit}: leaders' visit to another party. */
  VISIT(Visit.class, "visits", true);

  private final Class<? extends DossierRecord> type;
  private final String plural;
  private final boolean timed;

  RecordKind(Class<? extends DossierRecord> type, String plural, boolean timed) {
    this.type = type;
    this.plural = plural;
    this.timed = timed;
  }

  /**
   * Returns the record type of this kind.
   *
   * @return the type, such as {@code Party.class}
   */
  public Class<? extends DossierRecord> type() {
    return type;
  }

  /**
   * Returns the plural name of this kind, as the JSON format names a dossier's array of its
   * records.
   *
   * @return the plural, such as {@code "parties"} or {@code "talks"}
   */
  public String plural() {
    return plural;
  }

  /**
   * Tells whether records of this kind have a time, and so stand on a dossier's {@linkplain
   * Dossier#timeline() timeline}: statements, conversations, agreements (at each milestone), talks
   * and visits.
   *
   * @return whether records of this kind have a time
   */
  public boolean hasTime() {
    return timed;
  }

  /** Returns the kind in lower case, as messages use it: {@code "party"}, {@code "talks"}. */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
