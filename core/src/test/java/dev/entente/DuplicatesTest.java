package dev.entente;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The pairwise search for a repeated element finds what the hash set finds, on every list. */
class DuplicatesTest {
  @Test
  void bothPathsFindTheSameFirstRepeatedElementOnTenThousandLists() {
    Random random = new Random(16);
    for (int i = 0; i < 10_000; i++) {
      List<String> values = new ArrayList<>();
      int size = random.nextInt(2 * Duplicates.PAIRWISE_UP_TO + 2);
      int alphabet = 1 + random.nextInt(3 * size + 1);
      for (int j = 0; j < size; j++) {
        values.add("v" + random.nextInt(alphabet));
      }

      assertThat(Duplicates.pairwise(values)).as("%s", values).isEqualTo(Duplicates.hashed(values));
      assertThat(Duplicates.firstRepeated(values))
          .as("%s", values)
          .isEqualTo(Duplicates.hashed(values));
    }
  }

  @Test
  void findsTheFirstElementThatRepeatsAnEarlierOne() {
    assertThat(Duplicates.firstRepeated(List.of("a", "b", "b", "a"))).isEqualTo("b");
    assertThat(Duplicates.firstRepeated(List.of("a", "b", "c"))).isNull();
    assertThat(Duplicates.firstRepeated(List.of())).isNull();
  }

  @Test
  void aListLongerThanThePairwiseLimitGoesThroughTheHashSet() {
    List<Integer> distinct = new ArrayList<>();
    for (int i = 0; i <= Duplicates.PAIRWISE_UP_TO; i++) {
      distinct.add(i);
    }
    List<Integer> repeated = new ArrayList<>(distinct);
    repeated.add(3);

    assertThat(Duplicates.firstRepeated(distinct)).isNull();
    assertThat(Duplicates.firstRepeated(repeated)).isEqualTo(3);
  }
}
