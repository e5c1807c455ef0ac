package dev.entente.testing.custom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entente.Conversation;
import dev.entente.testing.AbstractRecordAssert;
import dev.entente.testing.MinimalRecords;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A user's own assertion, in a package of its own, states its checks with the kit's {@code expect}.
 */
class UsersOwnAssertTest {
  static final class LengthAssert extends AbstractRecordAssert<LengthAssert, Conversation> {
    LengthAssert(Conversation actual) {
      super(actual, LengthAssert.class);
    }

    LengthAssert lastedAtLeast(Duration least) {
      return expect(
          c -> c.when().length().filter(length -> length.compareTo(least) >= 0).isPresent(),
          "to last at least " + least,
          c -> "it lasted " + c.when().length().map(Object::toString).orElse("an unknown time"));
    }
  }

  @Test
  void failsWithTheUsersWordsAndTheRecordsName() {
    Conversation call = MinimalRecords.conversation("call", "putin", "biden").build();

    assertThatThrownBy(() -> new LengthAssert(call).lastedAtLeast(Duration.ofMinutes(50)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("conversation \"call\"")
        .hasMessageContaining("to last at least PT50M")
        .hasMessageContaining("it lasted an unknown time");
    assertThat(new LengthAssert(call).hasId("call")).isInstanceOf(LengthAssert.class);
  }
}
