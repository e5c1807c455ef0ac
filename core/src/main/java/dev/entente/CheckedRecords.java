package dev.entente;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Set;

/**
 * The records of a dossier's builder, indexed and checked as they are added: a fast path in place
 * of checking every record once all are in, with the same problems in the same order ({@code
 * ValidationOfGeneratedDossiersTest} holds it to checking each record alone against the records it
 * names, records added in any order).
 *
 * <p>A record just read is still in the processor's caches; checked at the end, every record would
 * be fetched from memory again. So a record is checked when added, against the records added before
 * it. A reference to an id none of them has is set aside, with the kinds it may name, and looked up
 * once all records are in: a dossier lists parties first and visits last, and a claim names a
 * statement listed after the records it is made on. Only a record with such a reference that finds
 * nothing or the wrong kind of record, or whose other rules looked up an id not yet added (a
 * conversation following one listed after it), is checked again at the end. Records added later
 * never change what an id found before names: the first record with an id holds it.
 */
final class CheckedRecords {
  private final IdTable table = new IdTable();
  private final DossierValidator validator = DossierValidator.over(table);

  /** The problems of the records as checked when added, in the order of their records. */
  private final List<Problem> settled = new ArrayList<>();

  /** For each settled problem, the number of its record. */
  private int[] settledRecords = new int[16];

  /** The records whose rules but the references' own looked up an id not yet added. */
  private final BitSet unsettled = new BitSet();

  /** The references to ids not added before their record, and the number of each one's record. */
  private final List<String> forwardIds = new ArrayList<>();

  private final List<Set<RecordKind>> forwardKinds = new ArrayList<>();
  private int[] forwardRecords = new int[16];

  /** The number of the record being added. */
  private int adding;

  private final DossierValidator.Forward forward = this::setAside;

  /** Adds a record, checking its rules against the records added before it. */
  void add(DossierRecord record) {
    int number = table.add(record);
    int before = settled.size();
    DossierRecord first = table.earlierWithSameId(number);
    if (first != null) {
      settled.add(DossierValidator.duplicateId(record, first.recordKind()));
    }
    int checked = settled.size();
    adding = number;
    if (!validator.check(record, settled, forward)) {
      settled.subList(checked, settled.size()).clear();
      unsettled.set(number);
    }
    settledRecords = room(settledRecords, settled.size());
    Arrays.fill(settledRecords, before, settled.size(), number);
  }

  private void setAside(String id, Set<RecordKind> allowed) {
    forwardRecords = room(forwardRecords, forwardIds.size() + 1);
    forwardRecords[forwardIds.size()] = adding;
    forwardIds.add(id);
    forwardKinds.add(allowed);
  }

  private static int[] room(int[] array, int size) {
    return size <= array.length ? array : Arrays.copyOf(array, 2 * size);
  }

  /**
   * The problems of every record added, errors and warnings, in the order the records were added:
   * for each, the repeat of an earlier record's id first, then the problems of its rules.
   */
  List<Problem> problems() {
    BitSet again = (BitSet) unsettled.clone();
    for (int i = 0; i < forwardIds.size(); i++) {
      RecordKind kind = table.kind(forwardIds.get(i));
      if (kind == null || !forwardKinds.get(i).contains(kind)) {
        again.set(forwardRecords[i]);
      }
    }
    if (again.isEmpty()) {
      return List.copyOf(settled);
    }
    List<Problem> problems = new ArrayList<>(settled.size());
    int next = 0;
    for (int number = again.nextSetBit(0); number >= 0; number = again.nextSetBit(number + 1)) {
      while (next < settled.size() && settledRecords[next] < number) {
        problems.add(settled.get(next++));
      }
      // The repeat of an id is the one problem a record has but by its rules: it stays.
      while (next < settled.size() && settledRecords[next] == number) {
        Problem problem = settled.get(next++);
        if (problem.kind() == Problem.Kind.DUPLICATE_ID) {
          problems.add(problem);
        }
      }
      validator.check(table.record(number), problems, null);
    }
    problems.addAll(settled.subList(next, settled.size()));
    return List.copyOf(problems);
  }

  /** The records by id; for records without problems, one for each id. */
  IdTable index() {
    return table;
  }
}
