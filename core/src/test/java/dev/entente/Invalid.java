package dev.entente;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * Checks that building something fails with an {@link InvalidRecordException} saying exactly what.
 */
final class Invalid {
  private Invalid() {}

  static void assertRejected(ThrowingCallable build, String field, String message) {
    assertThatThrownBy(build)
        .isInstanceOf(InvalidRecordException.class)
        .hasMessage(message)
        .extracting(e -> ((InvalidRecordException) e).field())
        .isEqualTo(field);
  }
}
