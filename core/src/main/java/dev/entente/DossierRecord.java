package dev.entente;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A record of a {@link Dossier}: it has an id, unique in its dossier, and may cite the {@link
 * Statement}s it rests on.
 *
 * <p>Ids are 1 to 128 letters, digits, {@code .}, {@code _}, {@code :} or {@code -}, starting with
 * a letter or digit, such as {@code putin} or {@code call-2021-12-30}. Ids are unique across all
 * kinds of record in a dossier, so that a reference to "any record" is never ambiguous.
 */
public abstract sealed class DossierRecord extends ModelValue
    permits Party, Leader, Topic, Statement, Conversation, Agreement, Talks, Visit {
  DossierRecord() {}

  /**
   * Returns the id of this record.
   *
   * @return the id, unique in a dossier
   */
  public abstract String id();

  /**
   * Returns the ids of the statements this record rests on.
   *
   * @return statement ids, distinct, possibly empty
   */
  public abstract List<String> sources();

  /**
   * Returns the values that other sources give for this record's fields, each with its source; the
   * record holds the value it chose. See {@link Claim} for their rules.
   *
   * @return the claims, distinct, possibly empty
   */
  public abstract List<Claim> claims();

  /**
   * Returns the claims about one field, in the order the record lists them.
   *
   * @param field the field's name, such as {@code when}
   * @return the claims about it, possibly empty
   */
  public final List<Claim> claimsAbout(String field) {
    return Claims.about(this, field);
  }

  /**
   * Returns which kind of record this is.
   *
   * @return the kind
   */
  public abstract RecordKind recordKind();

  /**
   * Returns the references of this record to others, in the order of its fields: a field declared
   * to be one of a list's elements (a conversation's initiator, one of its participants) is listed
   * at its own path too.
   *
   * @return the references
   */
  public final List<Reference> references() {
    List<Reference> references = new ArrayList<>();
    References.visit(
        this,
        (at, field, index, id, allowed) ->
            references.add(new Reference(at.path(field, index), id, allowed)));
    return List.copyOf(references);
  }

  /**
   * The span of a record that takes place over time and may be the occasion of an agreement's
   * milestone: a conversation's, talks' or visit's {@code when}.
   */
  Optional<Span> span() {
    return Optional.empty();
  }

  /** The places where a record takes place: a conversation's place, talks' venue, a visit's. */
  List<Place> whereHeld() {
    return List.of();
  }

  /**
   * Adds this record's entries to a timeline: none, unless the kind {@linkplain
   * RecordKind#hasTime() has a time}, whose records say where they stand.
   */
  void addTimelineEntries(List<TimelineEntry> timeline) {}
}
