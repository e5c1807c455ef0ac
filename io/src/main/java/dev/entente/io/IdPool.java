package dev.entente.io;

import java.util.Arrays;

/**
 * The ids of one input, each made into a string once. A document names the same records over and
 * over: a leader in every conversation she takes part in, a conversation in the agreement it
 * reached. Read through the pool, every occurrence of an id after the first is the string made at
 * the first, found from the parser's own characters: no string is made for it, and the rules across
 * records, which look each reference up among the records' ids, find it by identity, its hash
 * already computed and kept by the string.
 *
 * <p>The pool keeps every distinct id it meets, as the records read keep them anyway; a reader of
 * an endless stream {@linkplain #clear() clears} it from time to time.
 */
final class IdPool {
  /** The first number of slots, a power of two, as every later number is. */
  static final int FIRST_SLOTS = 256;

  /** The ids, in open addressing: an id is in the first free slot from its hash's on. */
  private String[] ids = new String[FIRST_SLOTS];

  /** The hash of the id in the same slot, as {@link String#hashCode()} computes it. */
  private int[] hashes = new int[FIRST_SLOTS];

  private int size;

  /**
   * Returns the string of the characters given, the same string as before if these characters were
   * given before.
   */
  String id(char[] chars, int offset, int length) {
    int hash = 0;
    for (int i = offset; i < offset + length; i++) {
      hash = 31 * hash + chars[i];
    }
    int mask = ids.length - 1;
    int slot = spread(hash) & mask;
    for (String held = ids[slot]; held != null; held = ids[slot]) {
      if (hashes[slot] == hash && holds(held, chars, offset, length)) {
        return held;
      }
      slot = (slot + 1) & mask;
    }
    String id = new String(chars, offset, length);
    ids[slot] = id;
    hashes[slot] = hash;
    size++;
    if (2 * size > ids.length) {
      grow();
    }
    return id;
  }

  /** The number of distinct ids held. */
  int size() {
    return size;
  }

  /** Forgets every id held, keeping the room they took. */
  void clear() {
    Arrays.fill(ids, null);
    size = 0;
  }

  private static boolean holds(String held, char[] chars, int offset, int length) {
    if (held.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (held.charAt(i) != chars[offset + i]) {
        return false;
      }
    }
    return true;
  }

  /** Mixes the hash's high bits into its low ones, which choose the slot. */
  private static int spread(int hash) {
    return hash ^ (hash >>> 16);
  }

  /** Doubles the slots, placing every id again: never more than half the slots are taken. */
  private void grow() {
    String[] oldIds = ids;
    int[] oldHashes = hashes;
    ids = new String[2 * oldIds.length];
    hashes = new int[2 * oldIds.length];
    int mask = ids.length - 1;
    for (int i = 0; i < oldIds.length; i++) {
      if (oldIds[i] != null) {
        int slot = spread(oldHashes[i]) & mask;
        while (ids[slot] != null) {
          slot = (slot + 1) & mask;
        }
        ids[slot] = oldIds[i];
        hashes[slot] = oldHashes[i];
      }
    }
  }
}
