package dev.entente;

/** What kind of party a {@link Party} is. */
public enum PartyKind {
  /** A sovereign state, identified by its ISO 3166-1 country code. */
  STATE,
  /** An international organisation, such as NATO or the OSCE. */
  INTERNATIONAL_ORGANIZATION,
  /** A standing forum of other parties, such as the NATO–Russia Council. */
  FORUM,
  /**
   * A body of a state's government, such as the US State Department or the Kremlin press service.
   */
  GOVERNMENT_BODY,
  /** A news outlet, such as Prensa Latina. */
  NEWS_OUTLET
}
