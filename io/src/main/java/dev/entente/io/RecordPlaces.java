package dev.entente.io;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.io.ContentReference;

/**
 * Where each record of a dossier was read, to place the problems found across records once all are
 * read: its id, its section and index, and the parser's location of its <code>{</code>, kept as
 * numbers in arrays rather than as an object for every record, since nearly every dossier read has
 * no problem to place.
 */
final class RecordPlaces {
  /** A record's section, line, column and offset (in bytes or characters, as the parser counts). */
  private static final int NUMBERS = 4;

  private static final int FIRST_ROOM = 64;

  private final String[] sections;
  private String[] ids = new String[FIRST_ROOM];
  private int[] numbers = new int[FIRST_ROOM * NUMBERS];
  private int count;

  /** Whether the parser counts offsets in bytes (UTF-8 input) rather than in characters. */
  private boolean countsBytes;

  /**
   * Places in a dossier whose sections have these names; a record's section is told by its index in
   * them.
   */
  RecordPlaces(String[] sections) {
    this.sections = sections;
  }

  /**
   * Notes where the record with an id began: the parser's location of its opening brace, in the
   * section at an index of the sections' names. The records of a section are noted one after
   * another, in their order there.
   */
  void add(String id, int section, TokenStreamLocation start) {
    if (count == ids.length) {
      ids = Arrays.copyOf(ids, 2 * count);
      numbers = Arrays.copyOf(numbers, 2 * count * NUMBERS);
    }
    countsBytes = start.getByteOffset() >= 0;
    int at = count * NUMBERS;
    numbers[at] = section;
    numbers[at + 1] = start.getLineNr();
    numbers[at + 2] = start.getColumnNr();
    // A document is at most Integer.MAX_VALUE - 9 bytes or characters long (JsonSettings).
    numbers[at + 3] = (int) (countsBytes ? start.getByteOffset() : start.getCharOffset());
    ids[count++] = id;
  }

  /** The places of the records, found by their ids; of two records with one id, the later. */
  Map<String, Place> byId() {
    Map<String, Place> places = new HashMap<>();
    int indexInSection = 0;
    for (int i = 0; i < count; i++) {
      int section = numbers[i * NUMBERS];
      indexInSection = i > 0 && numbers[(i - 1) * NUMBERS] == section ? indexInSection + 1 : 0;
      places.put(ids[i], new Place(sections[section], indexInSection, location(i)));
    }
    return places;
  }

  private TokenStreamLocation location(int i) {
    int at = i * NUMBERS;
    long offset = numbers[at + 3];
    return new TokenStreamLocation(
        ContentReference.unknown(),
        countsBytes ? offset : -1,
        countsBytes ? -1 : offset,
        numbers[at + 1],
        numbers[at + 2]);
  }

  /** Where one record was read. */
  record Place(String section, int index, TokenStreamLocation location) {
    String path() {
      return "$." + section + "[" + index + "]";
    }
  }
}
