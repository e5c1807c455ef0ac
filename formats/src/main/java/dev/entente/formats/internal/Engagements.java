package dev.entente.formats.internal;

import dev.entente.Conversation;
import dev.entente.DossierRecord;
import dev.entente.Place;
import dev.entente.Span;
import dev.entente.Talks;
import dev.entente.Visit;
import java.util.Optional;

/**
 * What the formats ask of every engagement (a conversation, talks, a visit) alike: when and where
 * it took place. Not part of the API: the package is not exported.
 */
public final class Engagements {
  private Engagements() {}

  /**
   * Returns when an engagement took place.
   *
   * @param record a record
   * @return its span, or empty if the record is no engagement
   */
  public static Optional<Span> when(DossierRecord record) {
    if (record instanceof Conversation conversation) {
      return Optional.of(conversation.when());
    }
    if (record instanceof Talks talks) {
      return Optional.of(talks.when());
    }
    return record instanceof Visit visit ? Optional.of(visit.when()) : Optional.empty();
  }

  /**
   * Returns where an engagement took place: a conversation's place, talks' venue, a visit's first
   * place.
   *
   * @param record a record
   * @return its place, or empty if it has none or is no engagement
   */
  public static Optional<Place> place(DossierRecord record) {
    if (record instanceof Conversation conversation) {
      return conversation.place();
    }
    if (record instanceof Talks talks) {
      return talks.venue();
    }
    return record instanceof Visit visit ? visit.places().stream().findFirst() : Optional.empty();
  }
}
