package dev.entente.formats.historian;

import dev.entente.formats.historian.Titles.Titled;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The people a trip's remarks say were met, where they say it in one unambiguous form: a clause
 * that starts "Met with", "Also met with" or "Audience with" and names only titled people of the
 * {@link Titles} list, separated by commas and "and" ("Met with Prime Minister Boris Johnson and
 * Queen Elizabeth II."). A clause that names anyone or anything else ("and senior officials", "the
 * presidents of the 6 republics", "Australian Prime Minister Scott Morrison") gives no one: the
 * remarks are kept verbatim, and no counterpart is guessed.
 */
final class Counterparts {
  private static final Pattern OPENING =
      Pattern.compile("(?:^|(?<=[.;] ))(?:Met with|met with|Also met with|Audience with) ");

  /** Words before a period that do not end a sentence: initials and abbreviations. */
  private static final Set<String> ABBREVIATIONS =
      Set.of("St", "Jr", "Sr", "Dr", "Mr", "Mrs", "Ms");

  private Counterparts() {}

  /**
   * The people named in each unambiguous clause of the remarks, in their order.
   *
   * @param remarks the remarks, white space collapsed
   * @return the people; empty if no clause is unambiguous
   */
  static List<Titled> named(String remarks) {
    List<Titled> people = new ArrayList<>();
    Matcher opening = OPENING.matcher(remarks);
    while (opening.find()) {
      String clause = remarks.substring(opening.end(), clauseEnd(remarks, opening.end()));
      Titles.parseList(clause).ifPresent(people::addAll);
    }
    return people;
  }

  /**
   * Where the clause that starts at {@code from} ends: a semicolon, or a period ending a sentence.
   */
  private static int clauseEnd(String remarks, int from) {
    for (int i = from; i < remarks.length(); i++) {
      char c = remarks.charAt(i);
      if (c == ';' || (c == '.' && endsSentence(remarks, from, i))) {
        return i;
      }
    }
    return remarks.length();
  }

  private static boolean endsSentence(String remarks, int from, int period) {
    if (period + 1 < remarks.length() && remarks.charAt(period + 1) != ' ') {
      return false;
    }
    int wordStart = remarks.lastIndexOf(' ', period - 1) + 1;
    String word = remarks.substring(Math.max(wordStart, from), period);
    boolean initial = word.length() == 1 && Character.isUpperCase(word.charAt(0));
    return !initial && !ABBREVIATIONS.contains(word);
  }
}
