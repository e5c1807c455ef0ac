package dev.entente;

import java.util.Locale;

/** The kinds of record a {@link Dossier} holds, in the order a dossier lists them. */
public enum RecordKind {
  /** A {@link Party}: a state or an organisation. */
  PARTY(Party.class),
  /** A {@link Leader}: a person who acts for a party. */
  LEADER(Leader.class),
  /** A {@link Topic} of the dossier's vocabulary. */
  TOPIC(Topic.class),
  /** A {@link Statement}: who said or published what, and when. */
  STATEMENT(Statement.class),
  /** A {@link Conversation}: a direct exchange between leaders. */
  CONVERSATION(Conversation.class),
  /** An {@link Agreement}: what parties committed to, with its milestones. */
  AGREEMENT(Agreement.class),
  /** {@link Talks}: planned negotiations or meetings. */
  TALKS(Talks.class);

  private final Class<? extends DossierRecord> type;

  RecordKind(Class<? extends DossierRecord> type) {
    this.type = type;
  }

  /**
   * Returns the record type of this kind.
   *
   * @return the type, such as {@code Party.class}
   */
  public Class<? extends DossierRecord> type() {
    return type;
  }

  /** Returns the kind in lower case, as messages use it: {@code "party"}, {@code "talks"}. */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
