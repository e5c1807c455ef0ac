package dev.entente.formats.plover;

import dev.entente.DossierRecord;
import java.util.List;

/**
 * What {@link PloverReader} read: the records it made, the events it did not read, and the parts of
 * read events it did not keep. Every line is accounted for: {@code lines() == records().size() +
 * skipped().size()}.
 */
public final class PloverImport {
  private final int lines;
  private final List<DossierRecord> records;
  private final List<SkippedEvent> skipped;
  private final List<SkippedEvent> partsNotKept;

  PloverImport(
      int lines,
      List<DossierRecord> records,
      List<SkippedEvent> skipped,
      List<SkippedEvent> partsNotKept) {
    this.lines = lines;
    this.records = List.copyOf(records);
    this.skipped = List.copyOf(skipped);
    this.partsNotKept = List.copyOf(partsNotKept);
  }

  /**
   * Returns how many lines held an event: every line that is not blank.
   *
   * @return the number of events read or skipped
   */
  public int lines() {
    return lines;
  }

  /**
   * Returns the records read, conversations and visits, in the order of their lines.
   *
   * @return the records
   */
  public List<DossierRecord> records() {
    return records;
  }

  /**
   * Returns the events that made no record, each with its line and why.
   *
   * @return the skipped events
   */
  public List<SkippedEvent> skipped() {
    return skipped;
  }

  /**
   * Returns the parts of events read that the records do not keep, such as a citation of a
   * statement the given dossier does not hold.
   *
   * @return the parts not kept, each with its line and what
   */
  public List<SkippedEvent> partsNotKept() {
    return partsNotKept;
  }
}
