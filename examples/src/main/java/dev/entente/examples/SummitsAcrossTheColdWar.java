package dev.entente.examples;

import dev.entente.Dossier;
import dev.entente.Leader;
import dev.entente.Office;
import dev.entente.Party;
import dev.entente.Role;
import dev.entente.Visit;
import dev.entente.VisitKind;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every visit between Soviet or Russian and American leaders from 1959 to 2025, from the Office of
 * the Historian's records: the Soviet and Russian leaders who came to the United States, and the
 * presidents who went to the Soviet Union or Russia, with the places and the people they met.
 *
 * <p>"The Soviet Union or Russia" is one query, {@link Dossier#lineageOf(String)}: Russia and the
 * states before it. Run from the repository's root, it reads {@code data/historyatstate}; with one
 * argument, the folder it names.
 */
public final class SummitsAcrossTheColdWar {
  private static final LocalDate FIRST = LocalDate.of(1959, 1, 1);
  private static final LocalDate LAST = LocalDate.of(2025, 12, 31);
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

  private final Dossier dossier;
  private final Set<String> russiaAndBefore;

  private SummitsAcrossTheColdWar(Dossier dossier) {
    this.dossier = dossier;
    this.russiaAndBefore =
        dossier.lineageOf("russia").stream().map(Party::id).collect(Collectors.toSet());
  }

  /**
   * Imports the data and prints the visits.
   *
   * @param args the folder of the data, or none for {@code data/historyatstate}
   */
  public static void main(String[] args) {
    Path data = Path.of(args.length > 0 ? args[0] : "data/historyatstate");
    run(OfficeOfTheHistorian.dossier(data), System.out);
  }

  /**
   * Prints the visits between Soviet or Russian and American leaders, in the order they began.
   *
   * @param dossier a dossier imported from the Office of the Historian's records
   * @param out where to print
   */
  public static void run(Dossier dossier, PrintStream out) {
    new SummitsAcrossTheColdWar(dossier).print(out);
  }

  private void print(PrintStream out) {
    List<Visit> visits =
        dossier.visits().stream()
            .filter(this::isBetweenMoscowAndWashington)
            .filter(v -> !v.when().start().firstDay().isBefore(FIRST))
            .filter(v -> !v.when().start().firstDay().isAfter(LAST))
            .sorted((a, b) -> a.when().start().compareTo(b.when().start()))
            .toList();
    out.println(
        visits.size() + " visits between Soviet or Russian and American leaders, 1959–2025");
    for (Visit visit : visits) {
      out.println();
      out.println(
          DAY.format(visit.when().start().firstDay())
              + "  "
              + headline(visit)
              + visit.kind().map(kind -> ", " + words(kind)).orElse(""));
      if (!visit.hosts().isEmpty()) {
        out.println(
            "    met "
                + visit.hosts().stream().map(this::titled).collect(Collectors.joining(", ")));
      }
    }
  }

  /**
   * A visit to the United States by a leader of Russia or the states before it, or a president's
   * trip there.
   */
  private boolean isBetweenMoscowAndWashington(Visit visit) {
    if (visit.host().equals("united-states")) {
      return visit.visitors().stream().anyMatch(this::isOfRussiaOrBefore);
    }
    return russiaAndBefore.contains(visit.host())
        && visit.visitors().stream()
            .map(this::leader)
            .anyMatch(SummitsAcrossTheColdWar::isPresident);
  }

  /**
   * "Premier Khrushchev in the United States", "President Richard M. Nixon in Moscow (U.S.S.R.)".
   */
  private String headline(Visit visit) {
    String visitors =
        visit.visitors().stream().map(this::titled).collect(Collectors.joining(" and "));
    if (visit.host().equals("united-states")) {
      return visitors + " in the United States";
    }
    String localities =
        visit.places().stream()
            .flatMap(place -> place.localities().stream())
            .collect(Collectors.joining(", "));
    String state = party(visit.host()).name();
    return visitors + " in " + (localities.isEmpty() ? state : localities + " (" + state + ")");
  }

  private boolean isOfRussiaOrBefore(String leaderId) {
    return leader(leaderId).offices().stream()
        .map(Office::party)
        .anyMatch(russiaAndBefore::contains);
  }

  private static boolean isPresident(Leader leader) {
    return leader.offices().stream()
        .anyMatch(o -> o.party().equals("united-states") && o.role() == Role.HEAD_OF_STATE);
  }

  /** The leader's name after the title of their first office: "Premier Khrushchev". */
  private String titled(String leaderId) {
    Leader leader = leader(leaderId);
    return leader.offices().get(0).title().map(t -> t + " ").orElse("") + leader.name();
  }

  /** The kind in words: "official working visit". */
  private static String words(VisitKind kind) {
    return kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private Leader leader(String id) {
    return (Leader) dossier.find(id).orElseThrow();
  }

  private Party party(String id) {
    return (Party) dossier.find(id).orElseThrow();
  }
}
