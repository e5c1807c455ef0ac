package dev.entente;

/** What kind of statement a {@link Statement} is. */
public enum StatementKind {
  /** An official account of a conversation or a meeting, such as the Kremlin's readout. */
  READOUT,
  /** A press release or another official publication. */
  PRESS_RELEASE,
  /** Remarks made to the press, such as an adviser's comments after a call. */
  COMMENT,
  /** An interview. */
  INTERVIEW,
  /** A speech or an address. */
  SPEECH,
  /** A news report, such as an agency's article. */
  NEWS_REPORT,
  /** A document published in full, such as the text of a draft treaty. */
  DOCUMENT,
  /**
   * An entry of an official record or a data set, such as one visit in the Office of the
   * Historian's list of visits by foreign leaders.
   */
  RECORD
}
