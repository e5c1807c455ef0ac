package dev.entente;

/** What kind of party a {@link Party} is. */
public enum PartyKind {
  /**
   * A sovereign state, current or former, identified by its ISO 3166 country code or, for a state
   * without one, by an identifier.
   */
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
  NEWS_OUTLET,
  /**
   * A liberation movement or another organised actor that is not a state and speaks for a people or
   * a cause, such as the Palestine Liberation Organization.
   */
  MOVEMENT,
  /**
   * A territory or a government below or beside a state's: a dependent territory, a region with
   * leaders of its own, or an authority that governs a territory, such as French Polynesia or the
   * Palestinian Authority.
   */
  TERRITORY
}
