package dev.entente.formats;

import java.util.Objects;

/**
 * A record, or a part of one, that an export left out, with why: an outside format has no place for
 * it, or the model does not hold what the format requires.
 *
 * @param id the id of the record, with the milestone's number after {@code #} for a milestone of an
 *     agreement, such as {@code "agreement-2021-12-07#1"}
 * @param reason why it was left out, such as {@code "published: no one acts"}
 */
public record NotExported(String id, String reason) {
  /**
   * Checks the parts.
   *
   * @param id the id of the record
   * @param reason why it was left out
   * @throws NullPointerException if a part is null
   */
  public NotExported {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(reason, "reason");
  }

  /** Returns the record as {@code id: reason}. */
  @Override
  public String toString() {
    return id + ": " + reason;
  }
}
