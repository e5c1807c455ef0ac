package dev.entente;

import java.util.Objects;

/**
 * One broken rule across records of a dossier: which kind of rule, in which record, at which field
 * path, and a message a person understands.
 *
 * @param kind which rule is broken
 * @param recordKind the kind of the record the problem is in
 * @param recordId the id of the record the problem is in
 * @param path the field path within the record, such as {@code participants[1]} or {@code
 *     milestones[0].occasion}
 * @param message what is wrong
 */
public record Problem(
    Kind kind, RecordKind recordKind, String recordId, String path, String message) {
  /** The rules across records of a dossier. */
  public enum Kind {
    /** Two records share an id. */
    DUPLICATE_ID,
    /** A reference names an id that no record of the dossier has. */
    UNKNOWN_REFERENCE,
    /**
     * A reference names a record of a kind the field does not accept, such as a party as a
     * participant.
     */
    WRONG_KIND_OF_RECORD,
    /** A conversation follows a conversation that took place after it. */
    THREAD_OUT_OF_ORDER,
    /** A milestone's date does not fall within the conversation or talks named as its occasion. */
    OCCASION_MISMATCH
  }

  /**
   * Creates a problem.
   *
   * @param kind which rule is broken
   * @param recordKind the kind of the record the problem is in
   * @param recordId the id of the record the problem is in
   * @param path the field path within the record
   * @param message what is wrong
   * @throws NullPointerException if any argument is {@code null}
   */
  public Problem {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(recordKind, "recordKind");
    Objects.requireNonNull(recordId, "recordId");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
  }

  /**
   * Returns the problem as {@code kind "id" path: message}, for example {@code conversation "call"
   * participants[1]: ...}.
   */
  @Override
  public String toString() {
    return recordKind + " \"" + recordId + "\" " + path + ": " + message;
  }
}
