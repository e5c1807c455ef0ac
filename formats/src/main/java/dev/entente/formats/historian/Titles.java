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
    add(
        titles,
        Role.HEAD_OF_STATE,
        null,
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
        "Provisional President",
        "Chairman of the Presidency");
    add(
        titles,
        Role.HEAD_OF_GOVERNMENT,
        null,
        "Prime Minister",
        "Prime Minster",
        "Prime Ministere",
        "Premier",
        "Chancellor",
        "Federal Chancellor",
        "Taoiseach",
        "Interim Prime Minister");
    add(
        titles,
        Role.MINISTER,
        null,
        "Foreign Minister",
        "Foreign Secretary",
        "Minister of Foreign Affairs",
        "Secretary of State",
        "Defense Minister",
        "Finance Minister");
    add(
        titles,
        Role.OFFICIAL,
        null,
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
        "Junta Member");
    add(titles, Role.SECRETARY_GENERAL, null, "Secretary General", "Secretary-General");
    add(
        titles,
        Role.HEAD_OF_STATE,
        Standing.ELECT,
        "President-elect",
        "President-Elect",
        "President- elect");
    add(titles, Role.HEAD_OF_STATE, Standing.DESIGNATE, "President- designate");
    add(titles, Role.HEAD_OF_STATE, Standing.ACTING, "Acting President");
    add(titles, Role.HEAD_OF_GOVERNMENT, Standing.ELECT, "Chancellor-elect");
    add(titles, Role.HEAD_OF_GOVERNMENT, Standing.ACTING, "Acting Prime Minister");
    titles.sort(Comparator.comparingInt((Title title) -> title.text().length()).reversed());
    return List.copyOf(titles);
  }

  private static void add(
      List<Title> titles, Role role, @Nullable Standing standing, String... texts) {
    for (String text : texts) {
      titles.add(new Title(text, role, standing));
    }
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
