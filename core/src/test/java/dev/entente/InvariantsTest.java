package dev.entente;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The checks records run on themselves, at the edges of each rule. */
class InvariantsTest {
  private final Invariants checks = Invariants.of("Party", "russia");

  @ParameterizedTest
  @ValueSource(strings = {"a", "z", "A", "Z", "0", "9", "a.b_c:d-e", "ru", "x-"})
  void acceptsIds(String id) {
    assertThat(Invariants.isId(id)).as(id).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "", ".a", "_a", ":a", "-a", "`", "{", "@", "[", "/", "a b", "a/b", "a@b", "é", "aé",
        "a\u0080", "a`", "a{"
      })
  void refusesIds(String id) {
    assertThat(Invariants.isId(id)).as(id).isFalse();
  }

  @Test
  void anIdHoldsAtMost128Characters() {
    assertThat(Invariants.isId("a".repeat(128))).isTrue();
    assertThat(Invariants.isId("a".repeat(129))).isFalse();
  }

  @Test
  void aRecordNeedsAWellFormedId() {
    assertThatThrownBy(() -> Invariants.of("Party", null))
        .isInstanceOf(InvalidRecordException.class)
        .hasMessageContaining("id is required");
    assertThatThrownBy(() -> Invariants.of("Party", "-x"))
        .isInstanceOf(InvalidRecordException.class)
        .hasMessageContaining("id \"-x\" must be 1 to 128 letters");
  }

  @Test
  void aFieldMustBeCompleteWithoutNullsInListsOrMaps() {
    assertThatCode(() -> checks.complete("name", "Russia")).doesNotThrowAnyException();
    assertThatThrownBy(() -> checks.complete("name", null))
        .hasMessageContaining("name is required");
    assertThatThrownBy(() -> checks.complete("members", Arrays.asList("a", null)))
        .hasMessageContaining("members[1] is null");
    Map<String, String> withNullValue = new HashMap<>();
    withNullValue.put("wikidata", null);
    assertThatThrownBy(() -> checks.complete("identifiers", withNullValue))
        .hasMessageContaining("identifiers holds a null key or value");
    Map<String, String> withNullKey = new HashMap<>();
    withNullKey.put(null, "Q159");
    assertThatThrownBy(() -> checks.complete("identifiers", withNullKey))
        .hasMessageContaining("identifiers holds a null key or value");
    assertThatCode(() -> checks.complete("identifiers", Map.of("wikidata", "Q159")))
        .doesNotThrowAnyException();
  }

  @Test
  void requiredReturnsTheValue() {
    assertThat(checks.required("name", "Russia")).isEqualTo("Russia");
  }

  @Test
  void aTextIsNotBlankAndNotPadded() {
    assertThatCode(() -> checks.text("name", "R")).doesNotThrowAnyException();
    assertThatThrownBy(() -> checks.text("name", " "))
        .hasMessageContaining("name must not be blank");
    assertThatThrownBy(() -> checks.text("name", " Russia"))
        .hasMessageContaining("must not start or end with white space");
    assertThatThrownBy(() -> checks.text("name", "Russia\n"))
        .hasMessageContaining("must not start or end with white space");
    assertThatThrownBy(() -> checks.text("name", "")).hasMessageContaining("must not be blank");
  }

  @Test
  void aTextHoldsOnlyWholeSurrogatePairs() {
    assertThatCode(() -> checks.text("name", "a\uD83D\uDE00b")).doesNotThrowAnyException();
    assertThatCode(() -> checks.text("name", "\uD83D\uDE00")).doesNotThrowAnyException();
    assertThatThrownBy(() -> checks.text("name", "\uD83D"))
        .hasMessageContaining("half of a surrogate pair at index 0");
    assertThatThrownBy(() -> checks.text("name", "ab\uD83D"))
        .hasMessageContaining("half of a surrogate pair at index 2");
    assertThatThrownBy(() -> checks.text("name", "a\uD83Db"))
        .hasMessageContaining("half of a surrogate pair at index 1");
    assertThatThrownBy(() -> checks.text("name", "a\uDE00b"))
        .hasMessageContaining("half of a surrogate pair at index 1");
    assertThatThrownBy(() -> checks.text("name", "a\uDE00\uD83D"))
        .hasMessageContaining("half of a surrogate pair at index 1");
    assertThatThrownBy(() -> checks.text("name", "a\uDE00\uDE00"))
        .hasMessageContaining("half of a surrogate pair at index 1");
  }

  @Test
  void listsAreDistinct() {
    assertThatCode(() -> checks.distinct("otherNames", List.of("a", "b")))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> checks.distinct("otherNames", List.of("a", "a")))
        .hasMessageContaining("otherNames lists \"a\" more than once");
  }

  @Test
  void referencesAreWellFormedAndNotTheRecordItself() {
    assertThatCode(() -> checks.reference("members", "a")).doesNotThrowAnyException();
    assertThatThrownBy(() -> checks.reference("members", "b c"))
        .hasMessageContaining("members \"b c\" is not a valid id");
    assertThatCode(() -> checks.notSelf("members", List.of("a", "b"))).doesNotThrowAnyException();
    assertThatThrownBy(() -> checks.notSelf("members", List.of("a", "russia")))
        .hasMessageContaining("members must not refer to the record itself");
    assertThatThrownBy(() -> checks.notSelf("partOf", Optional.of("russia")))
        .hasMessageContaining("partOf must not refer to the record itself");
    assertThatThrownBy(() -> checks.notSelf("party", "russia"))
        .hasMessageContaining("party must not refer to the record itself");
    assertThatCode(() -> checks.notSelf("party", "ru")).doesNotThrowAnyException();
    assertThatCode(() -> Invariants.of("Milestone").notSelf("members", List.of("russia")))
        .doesNotThrowAnyException();
  }

  @Test
  void findsARepeatInShortAndLongListsAlike() {
    for (int size : new int[] {2, 15, 16, 17, 100}) {
      List<String> distinct =
          IntStream.range(0, size).mapToObj(i -> "v" + i).collect(Collectors.toList());
      assertThatCode(() -> checks.distinct("values", distinct))
          .as("%d distinct", size)
          .doesNotThrowAnyException();
      for (int repeatAt : new int[] {1, size - 1}) {
        List<String> repeated = new ArrayList<>(distinct);
        repeated.set(repeatAt, "v0");
        assertThatThrownBy(() -> checks.distinct("values", repeated))
            .as("%d values, a repeat at %d", size, repeatAt)
            .hasMessageContaining("values lists \"v0\" more than once");
      }
    }
  }

  @Test
  void countsTheMinimum() {
    assertThatCode(() -> checks.atLeast("participants", List.of("a", "b"), 2, "participants"))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> checks.atLeast("participants", List.of("a"), 2, "participants"))
        .hasMessageContaining("participants must list at least 2 participants, but lists 1");
  }

  @Test
  void quotesOnlyTexts() {
    assertThat(Invariants.quote("a")).isEqualTo("\"a\"");
    assertThat(Invariants.quote(7)).isEqualTo("7");
  }
}
