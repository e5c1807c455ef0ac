package dev.entente;

/**
 * Finds the first character of a text that the rules of texts must look at closely: a control
 * character other than tab, line feed and carriage return, or a surrogate. The text's characters
 * are copied in bulk into a buffer kept by each thread and tested there, rather than read one by
 * one from the string; {@code PlainTextTest} holds it to the plain reading of every character.
 */
final class PlainText {
  private static final int CHUNK = 256;
  private static final ThreadLocal<char[]> CHUNKS = ThreadLocal.withInitial(() -> new char[CHUNK]);

  private PlainText() {}

  /**
   * Returns the index of the first character that is a control character other than tab, line feed
   * and carriage return, or a surrogate; -1 if there is none.
   */
  static int firstToCheck(String text) {
    char[] chunk = CHUNKS.get();
    int length = text.length();
    for (int from = 0; from < length; from += CHUNK) {
      int count = Math.min(CHUNK, length - from);
      text.getChars(from, from + count, chunk, 0);
      for (int i = 0; i < count; i++) {
        if (needsCheck(chunk[i])) {
          return from + i;
        }
      }
    }
    return -1;
  }

  private static boolean needsCheck(char c) {
    return c < ' '
        ? c != '\t' && c != '\n' && c != '\r'
        : (c >= 0x7F && c <= 0x9F) || Character.isSurrogate(c);
  }
}
