package dev.entente.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The feed hands out the line it is set to, then the end of the input, counting what it gave. */
class LineFeedTest {
  private static final byte[] BUFFER = "ab\n\u00e9c\nd".getBytes(StandardCharsets.UTF_8);

  @Test
  void handsOutTheLineThenTheEndOfTheInputUntilSetToTheNext() {
    LineFeed feed = new LineFeed();
    byte[] into = new byte[8];

    assertThat(feed.read(into, 0, 8)).isEqualTo(-1);
    feed.set(BUFFER, 0, 3);
    assertThat(feed.read(into, 1, 2)).isEqualTo(2);
    assertThat(feed.read(into, 3, 0)).isZero();
    assertThat(feed.read(into, 3, 5)).isEqualTo(1);
    assertThat(feed.read(into, 0, 8)).isEqualTo(-1);
    assertThat(new String(into, 1, 3, StandardCharsets.UTF_8)).isEqualTo("ab\n");

    feed.set(BUFFER, 3, 7);
    assertThat(feed.read()).isEqualTo(0xC3);
    assertThat(feed.read()).isEqualTo(0xA9);
    assertThat(feed.read(into, 0, 8)).isEqualTo(2);
    assertThat(feed.read()).isEqualTo(-1);
    assertThat(feed.handedOut()).isEqualTo(7);
  }

  @Test
  void countsFromZeroAgainForANewParser() {
    LineFeed feed = new LineFeed();
    feed.set(BUFFER, 0, 3);
    feed.read(new byte[8], 0, 8);

    feed.restart();
    feed.set(BUFFER, 7, 8);

    assertThat(feed.handedOut()).isZero();
    assertThat(feed.read()).isEqualTo('d');
    assertThat(feed.handedOut()).isEqualTo(1);
  }
}
