package dev.entente.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.Conversation;
import dev.entente.Dossier;
import dev.entente.DossierRecord;
import dev.entente.RulesAcrossRecords;
import dev.entente.testing.DossierGenerator;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.json.JsonFactory;

/**
 * Ids read through the pool are the strings read without it, and every occurrence of an id in one
 * input is one string: for the pool on its own, with ids whose hashes collide and ids outside
 * ASCII, and for whole dossiers read with and without it, good and spoiled.
 */
class IdPoolTest {
  private static final JsonFactory FACTORY = JsonSettings.factory(-1, 1_000_000);

  @Test
  void givesEqualStringsAndOneStringForTheSameCharacters() {
    List<String> ids = manyIds(new Random(18), 20_000);
    // Pairs whose String hashes are equal, which only the characters tell apart.
    ids.addAll(List.of("Aa", "BB", "AaAa", "AaBB", "BBAa", "BBBB", ""));
    IdPool pool = new IdPool();
    Map<String, String> first = new HashMap<>();
    Random random = new Random(1);

    for (int round = 0; round < 2; round++) {
      Collections.shuffle(ids, random);
      for (String id : ids) {
        String got = poolAmidOtherCharacters(pool, id, random);

        assertThat(got).isEqualTo(id);
        String before = first.putIfAbsent(id, got);
        if (before != null) {
          assertThat(got).isSameAs(before);
        }
      }
    }
    assertThat(pool.size()).isEqualTo(first.size()).isGreaterThan(15_000);
  }

  @Test
  void forgetsWhatItHeldWhenCleared() {
    IdPool pool = new IdPool();
    String leader = poolAmidOtherCharacters(pool, "leader-1", new Random(2));

    pool.clear();

    assertThat(pool.size()).isZero();
    String again = poolAmidOtherCharacters(pool, "leader-1", new Random(3));
    assertThat(again).isEqualTo(leader).isNotSameAs(leader);
    assertThat(poolAmidOtherCharacters(pool, "leader-1", new Random(4))).isSameAs(again);
  }

  @Test
  void readsEveryDossierAsWithoutThePoolEachIdOneString() {
    for (long seed = 1; seed <= 3; seed++) {
      Dossier dossier = DossierGenerator.withSeed(seed).size(400).dossier();
      String compact = EntenteJson.defaults().writeString(dossier);
      String pretty = EntenteJson.builder().prettyPrint(true).build().writeString(dossier);
      // Escapes the parser decodes: the pool sees the characters, not the bytes.
      String escaped = compact.replace("\"leader-", "\"l\\u0065ader-");
      assertThat(escaped).isNotEqualTo(compact);

      for (String json : List.of(compact, pretty, escaped)) {
        for (Source source : sources(json)) {
          Dossier pooled = (Dossier) read(source, new IdPool());

          assertThat(pooled).isEqualTo(read(source, null)).isEqualTo(dossier);
          References references = references(pooled);
          assertThat(references.total()).isGreaterThan(1_000);
          assertThat(references.theirRecordsOwnId()).isEqualTo(references.total());
        }
      }
      assertThat(references((Dossier) read(Source.of(compact), null)).theirRecordsOwnId())
          .as("without the pool, a reference is a string of its own")
          .isZero();
    }
  }

  @Test
  void refusesSpoiledIdsAsWithoutThePool() {
    String json =
        EntenteJson.defaults().writeString(DossierGenerator.withSeed(5).size(200).dossier());
    int participant = json.indexOf("\"participants\":[\"") + "\"participants\":[".length();
    int end = json.indexOf('"', participant + 1) + 1;
    String id = json.substring(participant, end);
    List<String> spoiled =
        List.of(
            json.substring(0, participant) + "17" + json.substring(end),
            json.substring(0, participant) + "null" + json.substring(end),
            json.substring(0, participant) + "\"nobody-1\"" + json.substring(end),
            json.substring(0, participant) + "\"\\u00\"" + json.substring(end),
            json.substring(0, participant + 3),
            // Beyond the parser's limit, which the pool holds ids to as the parser holds strings.
            json.substring(0, participant)
                + "\""
                + "a".repeat(1_000_001)
                + "\""
                + json.substring(end),
            json.replace(id, "\"Not An Id\""));

    for (String input : spoiled) {
      for (Source source : sources(input)) {
        Object pooled = read(source, new IdPool());

        assertThat(pooled).isInstanceOf(String.class).isEqualTo(read(source, null));
      }
    }
  }

  @Test
  void linesShareTheirIdsWhileOneParserReadsThemAndForgetThemWithIt() {
    List<String> lines = new ArrayList<>();
    for (DossierRecord record : DossierGenerator.withSeed(9).size(2_000).dossier().records()) {
      if (record instanceof Conversation conversation) {
        lines.add(EntenteJson.defaults().writeString(conversation));
      }
    }
    String input = String.join("\n", lines);
    JsonLinesReader<Conversation> reader =
        new JsonLinesReader<>(
            new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
            FACTORY,
            Codecs.of(Conversation.class),
            false,
            1_000_000);
    List<Conversation> read;
    try (Stream<Conversation> records = reader.records()) {
      read = records.toList();
    }

    assertThat(read).hasSize(lines.size());
    assertThat(input.length()).as("read by one parser").isLessThan(1 << 20);
    Map<String, String> firstOfEach = new HashMap<>();
    int total = 0;
    int shared = 0;
    for (Conversation conversation : read) {
      for (String participant : conversation.participants()) {
        total++;
        shared +=
            isSameString(participant, firstOfEach.putIfAbsent(participant, participant)) ? 1 : 0;
      }
    }
    assertThat(shared).isEqualTo(total - firstOfEach.size()).isGreaterThan(lines.size());
    assertThat(reader.idsHeld()).as("forgotten when the stream ends").isZero();
  }

  /** Whether two strings are one object: what the pool is for. */
  @SuppressWarnings("ReferenceEquality")
  private static boolean isSameString(String string, @Nullable String other) {
    return string == other;
  }

  /** Hands the pool an id from the middle of a longer array of characters. */
  private static String poolAmidOtherCharacters(IdPool pool, String id, Random random) {
    int before = random.nextInt(5);
    char[] chars = new char[before + id.length() + random.nextInt(5)];
    Arrays.fill(chars, 'x');
    id.getChars(0, id.length(), chars, before);
    return pool.id(chars, before, id.length());
  }

  private static List<String> manyIds(Random random, int count) {
    String alphabet = "abAB-_0123456789é中\uD83D\uDE00";
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      StringBuilder id = new StringBuilder();
      for (int length = 1 + random.nextInt(20); id.length() < length; ) {
        id.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      ids.add(id.toString());
    }
    return ids;
  }

  private static List<Source> sources(String json) {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    return List.of(Source.of(json), Source.of(bytes, bytes.length));
  }

  /** Reads a dossier as the facade does: the dossier, or the refusal's kind, path and message. */
  private static Object read(Source source, @Nullable IdPool ids) {
    try (JsonParser parser = source.open(FACTORY)) {
      JsonInput in = new JsonInput(parser, false, source, ids);
      try {
        parser.nextToken();
        return Codecs.DOSSIER.read(in);
      } catch (JacksonException e) {
        throw in.translate(e);
      }
    } catch (EntenteJsonException e) {
      return e.kind() + " at " + e.path() + ", " + e.line() + ":" + e.column() + ": " + e;
    }
  }

  /** How many ids the records name, and how many of them are their record's own id string. */
  private record References(int total, int theirRecordsOwnId) {}

  private static References references(Dossier dossier) {
    Map<String, String> ownIds = new HashMap<>();
    dossier.records().forEach(record -> ownIds.put(record.id(), record.id()));
    int total = 0;
    int same = 0;
    for (DossierRecord record : dossier.records()) {
      for (String named : RulesAcrossRecords.namedIds(record)) {
        total++;
        same += isSameString(named, ownIds.get(named)) ? 1 : 0;
      }
    }
    return new References(total, same);
  }
}
