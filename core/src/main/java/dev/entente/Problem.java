package dev.entente;

import java.util.Objects;

/**
 * One broken rule across records of a dossier: which kind of rule, in which record, at which field
 * path, and a message a person understands. Its kind has a {@linkplain Severity severity}: an error
 * refuses the dossier, a warning is listed by {@link Dossier.Builder#validate()} and does not, as
 * validators in the field (Schematron, FHIR) do.
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
  /** Whether a problem refuses the dossier. */
  public enum Severity {
    /** The records contradict each other: {@link Dossier.Builder#build()} refuses them. */
    ERROR,
    /**
     * The records may be right but look wrong, as a source can be: listed by {@link
     * Dossier.Builder#validate()}, and the dossier is built.
     */
    WARNING
  }

  /** The rules across records of a dossier. */
  public enum Kind {
    /** Two records share an id. */
    DUPLICATE_ID(Severity.ERROR),
    /** A reference names an id that no record of the dossier has. */
    UNKNOWN_REFERENCE(Severity.ERROR),
    /**
     * A reference names a record of a kind the field does not accept, such as a party as a
     * participant.
     */
    WRONG_KIND_OF_RECORD(Severity.ERROR),
    /** A conversation follows a conversation that took place after it. */
    THREAD_OUT_OF_ORDER(Severity.ERROR),
    /** A milestone's date does not fall within the conversation or talks named as its occasion. */
    OCCASION_MISMATCH(Severity.ERROR),
    /** A position in a conversation is stated by a leader who does not take part in it. */
    NOT_A_PARTICIPANT(Severity.ERROR),
    /**
     * A leader takes part in an engagement at a time when, as the terms of the leader's offices
     * say, the leader held no office (of the delegation's party, in talks): a warning, since a
     * source may name someone out of office, or a term may be recorded wrongly.
     */
    NO_OFFICE_AT_THE_TIME(Severity.WARNING);

    private final Severity severity;

    Kind(Severity severity) {
      this.severity = severity;
    }

    /**
     * Returns whether problems of this kind refuse a dossier.
     *
     * @return the severity
     */
    public Severity severity() {
      return severity;
    }
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
   * Returns whether this problem refuses the dossier: its kind's severity.
   *
   * @return the severity
   */
  public Severity severity() {
    return kind.severity();
  }

  /**
   * Tells whether this problem refuses the dossier.
   *
   * @return whether its severity is {@link Severity#ERROR}
   */
  public boolean isError() {
    return kind.severity() == Severity.ERROR;
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
