package dev.entente;

/** The format of {@link Talks}. */
public enum TalksFormat {
  /** Talks between exactly two parties. */
  BILATERAL,
  /** Talks among several parties, or between a party and an organisation. */
  MULTILATERAL,
  /** A session of a standing forum, which hosts it. */
  COUNCIL_SESSION
}
