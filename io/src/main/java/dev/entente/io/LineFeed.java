package dev.entente.io;

import java.io.InputStream;

/**
 * The stream one parser reads every line of JSON Lines from: it hands out the bytes of the line it
 * was set to, then tells the end of the input until it is set to the next line. A record ends with
 * its object's closing brace, which the parser reads without asking for more, so a parser fed this
 * way reads line after line, and one that asks beyond a line has met a line that ends inside its
 * value.
 *
 * <p>It reads from the reader's buffer, which holds the line until the parser is done with it.
 */
final class LineFeed extends InputStream {
  private byte[] bytes = new byte[0];
  private int at;
  private int end;

  /** The number of bytes handed out since the parser that reads them was made. */
  private long handedOut;

  /** Sets the line to hand out next, {@code [start, end)} of a buffer, its line end included. */
  void set(byte[] buffer, int start, int end) {
    this.bytes = buffer;
    this.at = start;
    this.end = end;
  }

  /** Counts from zero again, for a new parser. */
  void restart() {
    handedOut = 0;
  }

  /** The number of bytes handed out since the last {@link #restart()}: the parser's offset. */
  long handedOut() {
    return handedOut;
  }

  @Override
  public int read() {
    if (at >= end) {
      return -1;
    }
    handedOut++;
    return bytes[at++] & 0xFF;
  }

  @Override
  public int read(byte[] into, int offset, int length) {
    if (length == 0) {
      return 0;
    }
    if (at >= end) {
      return -1;
    }
    int count = Math.min(length, end - at);
    System.arraycopy(bytes, at, into, offset, count);
    at += count;
    handedOut += count;
    return count;
  }
}
