package dev.entente;

import static dev.entente.Records.party;
import static dev.entente.Records.topic;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The table of ids against the plain path it stands in for: a hash map filled by putIfAbsent. */
class IdTableTest {
  private static final String ID_CHARACTERS =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._:-";

  @Test
  void answersAsAHashMapForRandomIdsWithRepeatsAndAbsentIds() {
    Random random = new Random(18);
    for (int round = 0; round < 200; round++) {
      int count = random.nextInt(300);
      List<String> ids = new ArrayList<>();
      List<DossierRecord> records = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        // One id in ten repeats an earlier one: the first keeps it.
        String id =
            !ids.isEmpty() && random.nextInt(10) == 0
                ? ids.get(random.nextInt(ids.size()))
                : randomId(random);
        ids.add(id);
        records.add(i % 2 == 0 ? party(id).build() : topic(id).build());
      }
      List<String> asked = new ArrayList<>(ids);
      // The same ids again, as other strings: told by their characters, not by identity.
      ids.forEach(id -> asked.add(new String(id.toCharArray())));
      for (int i = 0; i < 50; i++) {
        asked.add(randomId(random));
      }
      assertSameAnswers(records, asked);
    }
  }

  @Test
  void tellsApartIdsOfOneHashAndIdsThatOnlyBeginAlike() {
    // "Aa" and "BB" share a hash, and so do every two ids made of them alike.
    assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
    List<DossierRecord> records = new ArrayList<>();
    for (String first : List.of("Aa", "BB")) {
      for (String second : List.of("Aa", "BB")) {
        for (String third : List.of("Aa", "BB")) {
          records.add(party(first + second + third).build());
        }
      }
    }
    records.add(topic("Aa").build());
    records.add(topic("AaA").build());
    assertSameAnswers(
        records, List.of("AaAaAa", "BBBBBB", "AaBBAa", "Aa", "BB", "AaA", "AaAa", "Aa.", "AaAaA"));
  }

  @Test
  void keepsIdsOfEveryLengthAnIdMayHaveAcrossTheEdgesOfItsArrays() {
    List<DossierRecord> records = new ArrayList<>();
    List<String> asked = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      String base = "x" + i;
      int length = Math.max(base.length(), 1 + (i * 37) % 128);
      String id = base + ".".repeat(length - base.length());
      records.add(topic(id).build());
      asked.add(new String(id.toCharArray()));
      asked.add(id + ".");
    }
    assertSameAnswers(records, asked);
  }

  @Test
  void findsNothingForTextsNoIdCouldBe() {
    IdTable table = tableOf(List.of(party("cafe").build(), party("a").build()));
    // 'é' is U+00E9, whose low byte as a signed byte differs from it: never taken for a byte.
    assertThat(table.find("caf\u00e9")).isNull();
    assertThat(table.find("")).isNull();
    assertThat(table.find("a ")).isNull();
    assertThat(table.find("cafe")).isNotNull();
  }

  @Test
  void anEmptyTableHoldsNothing() {
    IdTable table = tableOf(List.of());
    assertThat(table.contains("a")).isFalse();
    assertThat(table.kind("a")).isNull();
  }

  @Test
  void answersForTheRecordsAddedSoFarAsItGrows() {
    Random random = new Random(19);
    IdTable table = new IdTable();
    Map<String, DossierRecord> map = new HashMap<>();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 5_000; i++) {
      String id = randomId(random) + i;
      ids.add(id);
      DossierRecord record = party(id).build();
      map.put(id, record);
      assertThat(table.add(record)).isEqualTo(i);
      // An id added just now, one added before, and one to be added later.
      String earlier = ids.get(random.nextInt(ids.size()));
      assertThat(table.find(id)).isSameAs(record);
      assertThat(table.find(earlier)).isSameAs(map.get(earlier));
      assertThat(table.contains(randomId(random) + (i + 1))).isFalse();
    }
    assertThat(table.size()).isEqualTo(5_000);
  }

  private static IdTable tableOf(List<? extends DossierRecord> records) {
    IdTable table = new IdTable();
    records.forEach(table::add);
    return table;
  }

  private static void assertSameAnswers(List<DossierRecord> records, List<String> asked) {
    IdTable table = tableOf(records);
    Map<String, DossierRecord> map = new HashMap<>();
    List<DossierRecord> earlier = new ArrayList<>();
    for (DossierRecord record : records) {
      DossierRecord first = map.putIfAbsent(record.id(), record);
      earlier.add(first);
    }
    for (String id : asked) {
      DossierRecord expected = map.get(id);
      assertThat(table.find(id)).as(id).isSameAs(expected);
      assertThat(table.contains(id)).as(id).isEqualTo(expected != null);
      assertThat(table.kind(id)).as(id).isEqualTo(expected == null ? null : expected.recordKind());
    }
    for (int n = 0; n < records.size(); n++) {
      assertThat(table.record(n)).isSameAs(records.get(n));
      assertThat(table.earlierWithSameId(n)).as("record %d", n).isSameAs(earlier.get(n));
    }
  }

  private static String randomId(Random random) {
    // Short ids, so that some come twice by chance; the first character a letter or digit.
    int length = 1 + random.nextInt(random.nextBoolean() ? 3 : 20);
    StringBuilder id = new StringBuilder().append(ID_CHARACTERS.charAt(random.nextInt(62)));
    for (int i = 1; i < length; i++) {
      id.append(ID_CHARACTERS.charAt(random.nextInt(ID_CHARACTERS.length())));
    }
    return id.toString();
  }
}
