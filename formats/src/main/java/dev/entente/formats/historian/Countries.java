package dev.entente.formats.historian;

import dev.entente.CountryCode;
import dev.entente.Party;
import dev.entente.PartyKind;
import dev.entente.Recognition;
import dev.entente.TimePoint;
import dev.entente.formats.internal.Tables;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The source's countries, by id and label, taken as parties: read from the tables {@code
 * parties.tsv} and {@code countries.tsv} beside this class, which say which state (current, former
 * or without a code) each one is at each date, so that no record borrows another state's code.
 */
final class Countries {
  /** Where a record of one of the source's countries takes place and whom it concerns. */
  record Resolution(Party party, Optional<CountryCode> placeCountry, Optional<String> region) {}

  private record Route(
      String label,
      @Nullable LocalDate from,
      @Nullable LocalDate until,
      String party,
      @Nullable CountryCode placeCountry,
      @Nullable String region) {
    boolean isDated() {
      return from != null || until != null;
    }

    boolean covers(LocalDate day) {
      return (from == null || !day.isBefore(from)) && (until == null || !day.isAfter(until));
    }
  }

  private final Map<String, Party> parties;
  private final Map<String, List<Route>> routesById;

  private Countries(Map<String, Party> parties, Map<String, List<Route>> routesById) {
    this.parties = parties;
    this.routesById = routesById;
  }

  /** The tables shipped beside this class. */
  static Countries shipped() {
    Map<String, List<Route>> routes = new LinkedHashMap<>();
    Map<String, Set<String>> labels = new LinkedHashMap<>();
    for (String[] row : rows("countries.tsv", 7)) {
      routes
          .computeIfAbsent(row[0], id -> new ArrayList<>())
          .add(
              new Route(
                  row[1],
                  day(row[2]),
                  day(row[3]),
                  row[4],
                  row[5].isEmpty() ? null : CountryCode.of(row[5]),
                  row[6].isEmpty() ? null : row[6]));
      labels.computeIfAbsent(row[4], party -> new LinkedHashSet<>()).add(row[1]);
    }
    Map<String, Party> parties = new LinkedHashMap<>();
    for (String[] row : rows("parties.tsv", 10)) {
      parties.put(row[0], party(row, labels.getOrDefault(row[0], Set.of())));
    }
    return new Countries(parties, routes);
  }

  /** Every party of the tables, in the order of their ids. */
  List<Party> parties() {
    return List.copyOf(parties.values());
  }

  /** The party of an id of the tables. */
  Party party(String id) {
    return Objects.requireNonNull(parties.get(id), id);
  }

  /**
   * The party one of the source's countries is taken as on a day: a dated route of its id and label
   * that covers the day, or else its undated route; empty if the tables have neither.
   */
  Optional<Resolution> resolve(String id, String label, LocalDate day) {
    Route chosen = null;
    for (Route route : routesById.getOrDefault(id, List.of())) {
      if (route.label().equals(label) && route.covers(day)) {
        if (route.isDated()) {
          chosen = route;
          break;
        }
        chosen = route;
      }
    }
    if (chosen == null) {
      return Optional.empty();
    }
    return Optional.of(
        new Resolution(
            party(chosen.party()),
            Optional.ofNullable(chosen.placeCountry()),
            Optional.ofNullable(chosen.region())));
  }

  private static Party party(String[] row, Set<String> labels) {
    Party.Builder party =
        Party.builder()
            .id(row[0])
            .kind(PartyKind.valueOf(row[1].toUpperCase(Locale.ROOT).replace('-', '_')))
            .name(row[2]);
    labels.stream().filter(label -> !label.equals(row[2])).forEach(party::addOtherName);
    if (!row[3].isEmpty()) {
      party.country(CountryCode.of(row[3]));
    }
    Optional.ofNullable(day(row[4])).map(TimePoint::ofDay).ifPresent(party::began);
    Optional.ofNullable(day(row[5])).map(TimePoint::ofDay).ifPresent(party::ended);
    if (!row[6].isEmpty()) {
      party.addAllPredecessors(Arrays.asList(row[6].split(",")));
    }
    if (!row[7].isEmpty()) {
      party.partOf(row[7]);
    }
    if (!row[8].isEmpty()) {
      party.recognition(Recognition.valueOf(row[8].toUpperCase(Locale.ROOT)));
    }
    if (!row[9].isEmpty()) {
      party.putIdentifier("history-state-gov", row[9]);
    }
    return party.build();
  }

  private static @Nullable LocalDate day(String text) {
    return text.isEmpty() ? null : LocalDate.parse(text);
  }

  private static List<String[]> rows(String table, int columns) {
    return Tables.rows(Countries.class, table, columns);
  }
}
