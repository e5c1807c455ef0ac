package dev.entente;

import java.util.List;

/**
 * A record on which leaders and parties take positions and give characterisations, each with the
 * statement it was made in: a {@link Conversation}, {@link Talks} or an {@link Agreement}.
 */
public sealed interface Stances permits Conversation, Talks, Agreement {
  /**
   * Returns the positions stated on it, by leaders or parties: in a conversation, a leader who
   * states one takes part in it.
   *
   * @return the positions
   */
  List<Position> positions();

  /**
   * Returns how it was characterised, and by whom.
   *
   * @return the characterisations
   */
  List<Characterisation> characterisations();
}
