package dev.entente;

import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The records of a dossier by id, laid out for the rules across records, which look up every
 * reference of every record: a fast path in place of a {@code HashMap<String, DossierRecord>}, with
 * the same answers ({@code IdTableTest} holds it to one).
 *
 * <p>A hash map reaches a record through its entry, the entry's key and the key's characters, each
 * an object of its own somewhere on the heap, and a rule then reads the record's kind from the
 * record itself; in a dossier just read, those are far apart and out of the processor's caches.
 * Here the ids' characters lie one after another in a few arrays (ids are ASCII, as {@link
 * Invariants#isId} has it), and each slot holds an id's hash, its record's number and its kind: a
 * lookup reads a few arrays and touches no record.
 *
 * <p>Records are numbered in the order added. Where several share an id, the first added holds it,
 * as in {@link java.util.Map#putIfAbsent}: adding records never changes what an id found before
 * names.
 */
final class IdTable {
  /** Fibonacci hashing: spreads hashes that differ in their low bits over the table. */
  private static final int SPREAD = 0x9E3779B9;

  private static final int FIRST_ROOM = 16;

  private static final int CHUNK_BITS = 14;
  private static final int CHUNK = 1 << CHUNK_BITS;
  private static final int FIRST_CHUNK = 256;

  /** As many chunks as a chunk's number above {@link #CHUNK_BITS} in an int allows. */
  private static final int MOST_CHUNKS = 1 << (31 - CHUNK_BITS);

  /** Longer than any id may be (128 characters), and the most a byte holds. */
  private static final int LONGEST_ID = 255;

  private static final RecordKind[] KINDS = RecordKind.values();

  /** The bits of a slot that tell the kind of its record. */
  private static final int KIND_BITS = 3;

  static {
    if (KINDS.length > 1 << KIND_BITS) {
      throw new AssertionError("the kinds of record need more than " + KIND_BITS + " bits");
    }
  }

  /** The most records a table holds: their numbers, plus one, above the kind in 32 bits. */
  private static final int MOST_RECORDS = (1 << (32 - KIND_BITS)) - 1;

  private DossierRecord[] records = new DossierRecord[FIRST_ROOM];

  private int count;

  /**
   * The ids' characters, in chunks filled one after another, each id whole in one: no array is
   * copied as the table grows, and only the last chunk has room to spare. The first chunks are
   * small, for small dossiers; the rest {@link #CHUNK} bytes.
   */
  private byte[][] chunks = {new byte[FIRST_CHUNK]};

  private int lastChunk;
  private int lastChunkFilled;

  /** Where each record's id starts: its chunk above {@link #CHUNK_BITS}, the offset below. */
  private int[] idStarts = new int[FIRST_ROOM];

  /** The length of each record's id, at most {@link #LONGEST_ID}. */
  private byte[] idLengths = new byte[FIRST_ROOM];

  /**
   * Each slot: an id's hash in the high half; in the low, the record's number plus one above the
   * {@link #KIND_BITS} of its kind. A free slot is 0.
   */
  private long[] slots = new long[2 * FIRST_ROOM];

  private int shift = 32 - Integer.numberOfTrailingZeros(2 * FIRST_ROOM);

  /** For each record, the number of the first with its id; {@code null} while no id repeats. */
  private int @Nullable [] firstWithSameId;

  /** Adds a record and returns its number. */
  int add(DossierRecord record) {
    String id = record.id();
    if (count == MOST_RECORDS) {
      throw new IllegalStateException("a dossier holds at most " + MOST_RECORDS + " records");
    }
    if (count == records.length) {
      growRecords();
    }
    keepCharacters(count, id); // first, for it may refuse the id
    int number = count++;
    records[number] = record;
    if (3 * count > 2 * slots.length) {
      growSlots();
    }
    int hash = id.hashCode();
    int slot = slotOf(hash);
    while (slots[slot] != 0) {
      if (holds(slot, hash, id)) {
        noteRepeat(number, numberIn(slot));
        return number;
      }
      slot = next(slot);
    }
    slots[slot] = (long) hash << 32 | (long) (number + 1) << KIND_BITS | kindBits(record);
    return number;
  }

  @SuppressWarnings("EnumOrdinal") // the kinds' order is fixed, and KINDS reads it back
  private static int kindBits(DossierRecord record) {
    return record.recordKind().ordinal();
  }

  private void keepCharacters(int number, String id) {
    int length = id.length();
    if (length > LONGEST_ID) {
      throw new IllegalStateException("the id \"" + id + "\" is longer than ids may be");
    }
    byte[] chunk = chunks[lastChunk];
    if (lastChunkFilled + length > chunk.length) {
      if (lastChunk + 1 == MOST_CHUNKS) {
        throw new IllegalStateException("the ids of a dossier hold at most 2^31 characters");
      }
      if (++lastChunk == chunks.length) {
        chunks = Arrays.copyOf(chunks, 2 * chunks.length);
      }
      chunk = new byte[Math.min(2 * chunk.length, CHUNK)];
      chunks[lastChunk] = chunk;
      lastChunkFilled = 0;
    }
    for (int i = 0; i < length; i++) {
      char c = id.charAt(i);
      if (c > 0x7F) {
        throw new IllegalStateException("the id \"" + id + "\" is not ASCII, as ids must be");
      }
      chunk[lastChunkFilled + i] = (byte) c;
    }
    idStarts[number] = lastChunk << CHUNK_BITS | lastChunkFilled;
    idLengths[number] = (byte) length;
    lastChunkFilled += length;
  }

  private void growRecords() {
    int room = 2 * records.length;
    records = Arrays.copyOf(records, room);
    idStarts = Arrays.copyOf(idStarts, room);
    idLengths = Arrays.copyOf(idLengths, room);
    int[] firsts = firstWithSameId;
    if (firsts != null) {
      firstWithSameId = Arrays.copyOf(firsts, room);
      Arrays.fill(firstWithSameId, firsts.length, room, -1);
    }
  }

  /** Twice the slots, each id placed anew by the hash its slot holds. */
  private void growSlots() {
    long[] old = slots;
    slots = new long[2 * old.length];
    shift--;
    for (long taken : old) {
      if (taken != 0) {
        int slot = slotOf((int) (taken >>> 32));
        while (slots[slot] != 0) {
          slot = next(slot);
        }
        slots[slot] = taken;
      }
    }
  }

  private void noteRepeat(int number, int first) {
    int[] firsts = firstWithSameId;
    if (firsts == null) {
      firsts = new int[records.length];
      Arrays.fill(firsts, -1);
      firstWithSameId = firsts;
    }
    firsts[number] = first;
  }

  /** The number of records added. */
  int size() {
    return count;
  }

  /** The records, in the order added: a view, which the table's next record changes. */
  List<DossierRecord> records() {
    return Arrays.asList(records).subList(0, count);
  }

  /** The record of a number. */
  DossierRecord record(int number) {
    return records[number];
  }

  /** The record with an id, or {@code null} if none has it. */
  @Nullable DossierRecord find(String id) {
    int slot = slotHolding(id);
    return slot < 0 ? null : records[numberIn(slot)];
  }

  /** Whether a record has the id. */
  boolean contains(String id) {
    return slotHolding(id) >= 0;
  }

  /** The kind of the record with an id, or {@code null} if none has it; no record is read. */
  @Nullable RecordKind kind(String id) {
    int slot = slotHolding(id);
    return slot < 0 ? null : KINDS[(int) slots[slot] & ((1 << KIND_BITS) - 1)];
  }

  /** The slot of the record with an id, or -1 if none has it. */
  private int slotHolding(String id) {
    int hash = id.hashCode();
    for (int slot = slotOf(hash); slots[slot] != 0; slot = next(slot)) {
      if (holds(slot, hash, id)) {
        return slot;
      }
    }
    return -1;
  }

  /**
   * The first record added with the same id as record {@code number}, or {@code null} if that
   * record is the first.
   */
  @Nullable DossierRecord earlierWithSameId(int number) {
    int[] firsts = firstWithSameId;
    return firsts == null || firsts[number] < 0 ? null : records[firsts[number]];
  }

  private int slotOf(int hash) {
    return (hash * SPREAD) >>> shift;
  }

  private int next(int slot) {
    return (slot + 1) & (slots.length - 1);
  }

  /** The number of the record in a taken slot. */
  private int numberIn(int slot) {
    return ((int) slots[slot] >>> KIND_BITS) - 1;
  }

  /** Whether a taken slot holds the record with an id. */
  private boolean holds(int slot, int hash, String id) {
    if ((int) (slots[slot] >>> 32) != hash) {
      return false;
    }
    int number = numberIn(slot);
    if ((idLengths[number] & 0xFF) != id.length()) {
      return false;
    }
    byte[] chunk = chunks[idStarts[number] >>> CHUNK_BITS];
    int start = idStarts[number] & (CHUNK - 1);
    for (int i = 0; i < id.length(); i++) {
      if (chunk[start + i] != id.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
