package dev.entente;

/**
 * How widely other states recognise a {@link Party} that is a state, where a source says so. A
 * state whose recognition is not recorded is taken as the sources take it, without a mark.
 */
public enum Recognition {
  /** Recognised by the member states of the United Nations, or nearly all of them. */
  GENERAL,
  /** Recognised by some states and not by others, such as Kosovo or Taiwan. */
  PARTIAL,
  /** Recognised by no member state of the United Nations, such as Transnistria. */
  NONE
}
