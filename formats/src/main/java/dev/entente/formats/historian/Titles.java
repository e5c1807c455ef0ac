package dev.entente.formats.historian;

import dev.entente.Role;
import dev.entente.Standing;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The titles the source writes before a person's name ("Prime Minister Boris Johnson"), with the
 * role and the standing each stands for. Only these titles are taken apart from a name; a text that
 * starts with no title of this list is kept whole as the name.
 */
final class Titles {
  /** A person as the source names them: the title as written, its role and standing, the name. */
  record Titled(String title, Role role, @Nullable Standing standing, String name) {}

  private record Title(String text, Role role, @Nullable Standing standing) {}

  /** A word of a name: letters with dots, apostrophes and hyphens, a nickname in parentheses. */
  private static final String WORD = "\\(?\\p{L}[\\p{L}\\p{M}.'’-]*\\)?";

  /**
   * A name: words that start with a letter, as names do ("Abdullah II", "de Klerk", "Willem (Wim)
   * Kok"), and a generational suffix ("Whipps, Jr.", "Aquino 3rd").
   */
  private static final Pattern NAME =
      Pattern.compile(WORD + "(?: " + WORD + ")*(?:,? (?:Jr\\.?|Sr\\.?|3rd))?");

  /** Between the people of a list: a comma, "and", or both. */
  private static final Pattern SEPARATOR = Pattern.compile(",? and |, ");

  /** Longest first, so that "President-elect" is tried before "President". */
  private static final List<Title> TITLES = titles();

  private Titles() {}

  private static List<Title> titles() {
    List<Title> titles = new ArrayList<>();
    for (String text :
        List.of(
            "President",
            "King",
            "Queen",
            "Emperor",
            "Empress",
            "Shah",
            "Sultan",
            "Amir",
            "Emir",
            "Grand Duke",
            "Grand Duchess",
            "Prince",
            "Princess",
            "Pope",
            "Governor General",
            "Chief of State",
            "Head of State",
            "Regent",
            "Interim President",
            "Provisional President")) {
      titles.add(new Title(text, Role.HEAD_OF_STATE, null));
    }
    for (String text :
        List.of(
            "Prime Minister",
            "Prime Minster",
            "Prime Ministere",
            "Premier",
            "Chancellor",
            "Federal Chancellor",
            "Taoiseach",
            "Interim Prime Minister")) {
      titles.add(new Title(text, Role.HEAD_OF_GOVERNMENT, null));
    }
    for (String text :
        List.of(
            "Foreign Minister",
            "Foreign Secretary",
            "Minister of Foreign Affairs",
            "Secretary of State",
            "Defense Minister",
            "Finance Minister")) {
      titles.add(new Title(text, Role.MINISTER, null));
    }
    titles.add(new Title("Chairman of the Presidency", Role.HEAD_OF_STATE, null));
    for (String text :
        List.of(
            "Vice President",
            "Vice Premier",
            "Deputy Prime Minister",
            "Crown Prince",
            "General Secretary",
            "First Secretary",
            "Chairman",
            "General",
            "Brigadier General",
            "Lieutenant General",
            "Junta Member")) {
      titles.add(new Title(text, Role.OFFICIAL, null));
    }
    titles.add(new Title("Secretary General", Role.SECRETARY_GENERAL, null));
    titles.add(new Title("Secretary-General", Role.SECRETARY_GENERAL, null));
    for (String text : List.of("President-elect", "President-Elect", "President- elect")) {
      titles.add(new Title(text, Role.HEAD_OF_STATE, Standing.ELECT));
    }
    titles.add(new Title("President- designate", Role.HEAD_OF_STATE, Standing.DESIGNATE));
    titles.add(new Title("Chancellor-elect", Role.HEAD_OF_GOVERNMENT, Standing.ELECT));
    titles.add(new Title("Acting President", Role.HEAD_OF_STATE, Standing.ACTING));
    titles.add(new Title("Acting Prime Minister", Role.HEAD_OF_GOVERNMENT, Standing.ACTING));
    titles.sort(Comparator.comparingInt((Title title) -> title.text().length()).reversed());
    return List.copyOf(titles);
  }

  /**
   * Takes a text apart into a title of the list and a name, such as "King" and "Abdullah II".
   *
   * @return the title and name, or empty if the text starts with no title of the list followed by a
   *     name
   */
  static Optional<Titled> parse(String text) {
    if (text.contains(" and ")) {
      return Optional.empty();
    }
    for (Title title : TITLES) {
      if (text.startsWith(title.text() + " ")) {
        String name = text.substring(title.text().length() + 1);
        return NAME.matcher(name).matches()
            ? Optional.of(new Titled(title.text(), title.role(), title.standing(), name))
            : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * Takes apart a list of titled people, separated by commas and "and": {@code "King Baudouin and
   * Queen Fabiola"}, {@code "President Anwar Sadat, Prime Minister Mustafa Khalil"}.
   *
   * @return every person of the list, or empty if one of its items is not a titled name
   */
  static Optional<List<Titled>> parseList(String text) {
    List<Titled> people = new ArrayList<>();
    for (String item : SEPARATOR.split(text, -1)) {
      Optional<Titled> person = parse(item);
      if (person.isEmpty()) {
        return Optional.empty();
      }
      people.add(person.get());
    }
    return Optional.of(people);
  }
}
