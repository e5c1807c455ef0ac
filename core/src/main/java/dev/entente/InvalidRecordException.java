package dev.entente;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when a record or one of its parts would break one of its own rules, so it cannot be built.
 *
 * <p>The message names the record (with its id where it has one), the field and the reason, for
 * example: {@code Conversation "call-2021-12-30": initiator "trump" is not one of the participants
 * ["putin", "biden"]}.
 */
public final class InvalidRecordException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The simple name of the type that could not be built. */
  private final String recordType;

  /** The id of the record, or {@code null} when it has none or it was not set. */
  private final @Nullable String recordId;

  /** The name of the offending field. */
  private final String field;

  /** What is wrong, without the record's name. */
  private final String reason;

  /**
   * Creates the exception.
   *
   * @param recordType the simple name of the type that could not be built, such as {@code Party}
   * @param recordId the id of the record, or {@code null} when it has none or it is not yet set
   * @param field the name of the offending field
   * @param reason what is wrong, in words a person understands
   */
  InvalidRecordException(
      String recordType, @Nullable String recordId, String field, String reason) {
    super(describe(recordType, recordId, reason));
    this.recordType = Objects.requireNonNull(recordType, "recordType");
    this.recordId = recordId;
    this.field = Objects.requireNonNull(field, "field");
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  private static String describe(String recordType, @Nullable String recordId, String reason) {
    return recordId == null
        ? recordType + ": " + reason
        : recordType + " \"" + recordId + "\": " + reason;
  }

  /**
   * Returns the simple name of the type that could not be built.
   *
   * @return the type name, such as {@code Conversation} or {@code Milestone}
   */
  public String recordType() {
    return recordType;
  }

  /**
   * Returns the id of the record, when it has one and it was set.
   *
   * @return the record id, or empty
   */
  public Optional<String> recordId() {
    return Optional.ofNullable(recordId);
  }

  /**
   * Returns the name of the field that breaks the rule.
   *
   * @return the field name, such as {@code participants}
   */
  public String field() {
    return field;
  }

  /**
   * Returns what is wrong, without the record's name.
   *
   * @return the reason
   */
  public String reason() {
    return reason;
  }
}
