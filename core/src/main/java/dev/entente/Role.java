package dev.entente;

/** The role in which a {@link Leader} acts for a party. */
public enum Role {
  /** Head of state, such as a president or a monarch. */
  HEAD_OF_STATE,
  /** Head of government, such as a prime minister or a chancellor. */
  HEAD_OF_GOVERNMENT,
  /** A minister or secretary of state heading a department. */
  MINISTER,
  /** A deputy, under or assistant secretary or minister. */
  DEPUTY_MINISTER,
  /** An adviser, such as a president's adviser on international affairs. */
  ADVISER,
  /** A special envoy or negotiator. */
  ENVOY,
  /** An ambassador or permanent representative. */
  AMBASSADOR,
  /** Another official of a government or an organisation. */
  OFFICIAL,
  /** A spokesperson or press secretary. */
  SPOKESPERSON,
  /** The head of an international organisation. */
  SECRETARY_GENERAL,
  /** A member of a legislature. */
  LEGISLATOR
}
