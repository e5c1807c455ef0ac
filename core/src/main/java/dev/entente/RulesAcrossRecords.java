package dev.entente;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The rules across records, checked one record at a time, for records held elsewhere than in one
 * {@link Dossier}: a database, a cluster. A record's rules need only the records it names, so a
 * store looks those up, hands them to {@link #check(DossierRecord, Function)}, and gets the
 * problems {@link Dossier.Builder#validate()} lists for that record; ids used twice are found by
 * grouping the records by id, and told with {@link #duplicateId(DossierRecord, RecordKind)}.
 *
 * <pre>{@code
 * Set<String> named = RulesAcrossRecords.namedIds(conversation);
 * Map<String, DossierRecord> found = store.findAll(named); // the first record of each id
 * List<Problem> problems = RulesAcrossRecords.check(conversation, found::get);
 * }</pre>
 */
public final class RulesAcrossRecords {
  private RulesAcrossRecords() {}

  /**
   * Returns the ids a record names, whose records its rules look up.
   *
   * @param record the record
   * @return the ids, each once, in the order the record's fields name them
   */
  public static Set<String> namedIds(DossierRecord record) {
    Objects.requireNonNull(record, "record");
    Set<String> ids = new LinkedHashSet<>();
    References.visit(record, (at, field, index, id, allowed) -> ids.add(id));
    return ids;
  }

  /**
   * Checks every rule across records for one record, but the uniqueness of its id: references to
   * unknown records or records of the wrong kind, the order of a thread, the authors of positions,
   * the occasions of milestones, the offices of participants and delegates.
   *
   * @param record the record to check
   * @param lookup the record with a given id, or {@code null} if none has it; where several share
   *     an id, the first, as a dossier takes it; asked only for the record's {@link
   *     #namedIds(DossierRecord) named ids}
   * @return the record's problems, errors and warnings, in the order {@link
   *     Dossier.Builder#validate()} lists them
   */
  public static List<Problem> check(
      DossierRecord record, Function<String, ? extends @Nullable DossierRecord> lookup) {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(lookup, "lookup");
    return DossierValidator.validate(record, lookup);
  }

  /**
   * Returns the problem of a record whose id an earlier record already uses, as {@link
   * Dossier.Builder#validate()} tells it: listed first among the later record's problems.
   *
   * @param record the later record
   * @param kindOfFirst the kind of the earliest record with the same id
   * @return the problem
   */
  public static Problem duplicateId(DossierRecord record, RecordKind kindOfFirst) {
    return DossierValidator.duplicateId(
        Objects.requireNonNull(record, "record"),
        Objects.requireNonNull(kindOfFirst, "kindOfFirst"));
  }
}
