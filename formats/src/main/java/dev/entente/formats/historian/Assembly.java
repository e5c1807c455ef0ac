package dev.entente.formats.historian;

import dev.entente.CountryCode;
import dev.entente.Dossier;
import dev.entente.DossierRecord;
import dev.entente.InvalidRecordException;
import dev.entente.Leader;
import dev.entente.Office;
import dev.entente.Party;
import dev.entente.Place;
import dev.entente.PlacePrecision;
import dev.entente.Problem;
import dev.entente.Role;
import dev.entente.Span;
import dev.entente.Statement;
import dev.entente.StatementKind;
import dev.entente.TimePoint;
import dev.entente.Visit;
import dev.entente.formats.historian.Countries.Resolution;
import dev.entente.formats.historian.Titles.Titled;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the source's records into the model's: each visit or trip into a {@link Visit} at its own
 * dates and a {@link Statement} that keeps the record as the source gives it; the people named into
 * {@link Leader}s with the offices the source gives them; each record that cannot be taken into a
 * {@link SkippedRecord}.
 */
final class Assembly {
  static final String UNITED_STATES = "united-states";
  static final String HISTORIAN = "office-of-the-historian";

  /** Before a visit's id, the id of the statement that keeps its source record. */
  private static final String STATEMENT_PREFIX = "historian-";

  /** The fields kept in a statement's summary: all but the id, the text and the bookkeeping. */
  private static final Set<String> NOT_SUMMARISED =
      Set.of(
          "id",
          "description",
          "remarks",
          "created-by",
          "created-datetime",
          "last-modified-by",
          "last-modified-datetime");

  private static final Pattern NOT_ID_CHARACTERS = Pattern.compile("[^a-z0-9]+");

  private final Countries countries = Countries.shipped();
  private final Map<String, LeaderDraft> leaders = new LinkedHashMap<>();

  /** The offices the record being taken gives, kept once the whole record is taken. */
  private final List<PendingOffice> pending = new ArrayList<>();

  private final Map<String, SourceRecord> taken = new LinkedHashMap<>();
  private final List<DossierRecord> records = new ArrayList<>();
  private final List<SkippedRecord> skipped = new ArrayList<>();
  private int sourceRecords;

  /** A record that cannot be taken, with the reason. */
  private static final class Skip extends Exception {
    private static final long serialVersionUID = 1L;

    Skip(String reason) {
      super(reason, null, false, false);
    }
  }

  /** A person as gathered from every record that names them. */
  private record LeaderDraft(String name, Set<Office> offices) {}

  /** An office of a person that a record gives. */
  private record PendingOffice(String leaderId, String name, Office office) {}

  void visit(SourceRecord record) {
    take(record, "visit", visitId -> visitOfALeader(record, visitId));
  }

  void trip(SourceRecord record) {
    take(record, "trip", visitId -> tripAbroad(record, visitId));
  }

  @FunctionalInterface
  private interface Making {
    Visit.Builder make(String visitId) throws Skip;
  }

  /**
   * Takes a record whole, its visit, its statement and the offices it gives, or none of it, and
   * reports it with the reason.
   */
  private void take(SourceRecord record, String kind, Making making) {
    sourceRecords++;
    pending.clear();
    String key = kind + "-" + record.id();
    try {
      if (record.field("id").isEmpty()) {
        throw new Skip("no id");
      }
      SourceRecord earlier = taken.get(key);
      if (earlier != null) {
        throw new Skip(
            "the id is also the " + kind + " at " + earlier.file() + ":" + earlier.line());
      }
      Visit visit = making.make(key).addSource(STATEMENT_PREFIX + key).build();
      Statement statement = statement(record, visit);
      records.add(visit);
      records.add(statement);
      taken.put(key, record);
      for (PendingOffice office : pending) {
        leaders
            .computeIfAbsent(
                office.leaderId(), id -> new LeaderDraft(office.name(), new LinkedHashSet<>()))
            .offices()
            .add(office.office());
      }
    } catch (Skip | InvalidRecordException e) {
      skipped.add(new SkippedRecord(record.file(), record.line(), record.id(), e.getMessage()));
    }
  }

  /** A foreign leader's visit to the United States. */
  private Visit.Builder visitOfALeader(SourceRecord record, String visitId) throws Skip {
    Span when = span(record);
    String label = required(record, "from");
    Party from = resolution(record.field("from@id").orElse(""), label, when).party();
    String visitor = required(record, "visitor");
    Visit.Builder visit =
        Visit.builder()
            .id(visitId)
            .host(UNITED_STATES)
            .when(when)
            .addPlace(
                Place.builder()
                    .country(CountryCode.of("US"))
                    .precision(PlacePrecision.COUNTRY)
                    .build());
    for (Titled person : people(visitor)) {
      visit.addVisitor(leader(from.id(), person, visitId));
    }
    record.field("description").ifPresent(text -> describe(visit, text));
    return visit;
  }

  /** A trip abroad of a president or a secretary of state. */
  private Visit.Builder tripAbroad(SourceRecord record, String visitId) throws Skip {
    Span when = span(record);
    String label = required(record, "country");
    Resolution resolution = resolution(record.field("country@id").orElse(""), label, when);
    Party host = resolution.party();
    Visit.Builder visit =
        Visit.builder()
            .id(visitId)
            .addVisitor(traveller(record))
            .host(host.id())
            .when(when)
            .addPlace(place(record, resolution));
    record
        .field("remarks")
        .ifPresent(
            remarks -> {
              describe(visit, remarks);
              Set<String> hosts = new LinkedHashSet<>();
              for (Titled person : Counterparts.named(remarks)) {
                hosts.add(leader(host.id(), person, visitId));
              }
              visit.addAllHosts(hosts);
            });
    return visit;
  }

  private static void describe(Visit.Builder visit, String text) {
    visit.description(text);
    VisitKinds.named(text).ifPresent(visit::kind);
  }

  /** The place of a trip: its locale's localities and the region, in the resolved country. */
  private static Place place(SourceRecord record, Resolution resolution) {
    Place.Builder place = Place.builder();
    Set<String> localities = new LinkedHashSet<>();
    record
        .field("locale")
        .ifPresent(
            locale -> {
              for (String locality : locale.split(",", -1)) {
                if (!locality.isBlank()) {
                  localities.add(locality.strip());
                }
              }
            });
    resolution.region().ifPresent(localities::add);
    place.addAllLocalities(localities);
    Optional<CountryCode> country =
        resolution.placeCountry().or(() -> resolution.party().country());
    if (country.isPresent()) {
      place.country(country.get());
    } else {
      place.party(resolution.party().id());
    }
    return place.build();
  }

  /** The traveller of a trip: a president or a secretary of state of the United States. */
  private String traveller(SourceRecord record) throws Skip {
    String name = required(record, "name");
    String role = required(record, "role");
    Office office =
        switch (role) {
          case "president" ->
              Office.builder()
                  .party(UNITED_STATES)
                  .role(Role.HEAD_OF_STATE)
                  .title("President")
                  .build();
          case "secretary" ->
              Office.builder()
                  .party(UNITED_STATES)
                  .role(Role.MINISTER)
                  .title("Secretary of State")
                  .build();
          default ->
              throw new Skip(
                  "the role \"" + role + "\" is neither \"president\" nor \"secretary\"");
        };
    String id = record.field("trip@who").orElseGet(() -> idOf(name));
    return leader(id, name, office);
  }

  /**
   * The people a visitor field names: each of a list of titled people ("King Baudouin and Queen
   * Fabiola"), else the one titled person, else, when no title of the list starts it, one person
   * named by the whole text.
   */
  private static List<Titled> people(String text) {
    return Titles.parseList(text)
        .or(() -> Titles.parse(text).map(List::of))
        .orElse(List.of(new Titled("", Role.OFFICIAL, null, text)));
  }

  /**
   * The id of a person of a party: one leader per party and name with each office the records give
   * them; but a name of one word ("President Park") does not tell people apart (two presidents of
   * Korea), so it makes a leader of its visit alone.
   */
  private String leader(String party, Titled person, String visitId) {
    Office.Builder office = Office.builder().party(party).role(person.role());
    if (!person.title().isEmpty()) {
      office.title(person.title());
    }
    if (person.standing() != null) {
      office.standing(person.standing());
    }
    String id = party + "-" + idOf(person.name());
    if (person.name().indexOf(' ') < 0) {
      id += "-" + visitId;
    }
    return leader(id, person.name(), office.build());
  }

  /**
   * The id of a leader, with one more office once the record is taken; a leader first met is built
   * at once, so that a name the model refuses skips the record that gives it.
   */
  private String leader(String id, String name, Office office) {
    if (!leaders.containsKey(id)) {
      Leader.builder().id(id).name(name).addOffices(office).build();
    }
    pending.add(new PendingOffice(id, name, office));
    return id;
  }

  private Resolution resolution(String id, String label, Span when) throws Skip {
    LocalDate start = when.start().firstDay();
    return countries
        .resolve(id, label, start)
        .orElseThrow(
            () ->
                new Skip(
                    "the country \""
                        + label
                        + "\" (id \""
                        + id
                        + "\") on "
                        + start
                        + " is in no row of countries.tsv"));
  }

  private static Span span(SourceRecord record) throws Skip {
    LocalDate start = date(record, "start-date");
    LocalDate end = date(record, "end-date");
    if (end.isBefore(start)) {
      throw new Skip("the end-date " + end + " is before the start-date " + start);
    }
    return Span.of(TimePoint.ofDay(start), TimePoint.ofDay(end));
  }

  private static LocalDate date(SourceRecord record, String field) throws Skip {
    String text = required(record, field);
    try {
      return LocalDate.parse(text);
    } catch (DateTimeException e) {
      throw new Skip("the " + field + " \"" + text + "\" is not a date (YYYY-MM-DD)");
    }
  }

  private static String required(SourceRecord record, String field) throws Skip {
    return record.field(field).orElseThrow(() -> new Skip("no " + field));
  }

  /**
   * The source record as a statement of the Office of the Historian, about the visit made of it.
   */
  private static Statement statement(SourceRecord record, Visit visit) throws Skip {
    String created = required(record, "created-datetime");
    TimePoint when;
    try {
      when = TimePoint.parse(created);
    } catch (DateTimeException e) {
      throw new Skip("the created-datetime \"" + created + "\" is not a date and time");
    }
    List<String> summary = new ArrayList<>();
    record
        .fields()
        .forEach(
            (name, value) -> {
              if (!NOT_SUMMARISED.contains(name) && !value.isEmpty()) {
                summary.add(name + ": " + value);
              }
            });
    Statement.Builder statement =
        Statement.builder()
            .id(STATEMENT_PREFIX + visit.id())
            .kind(StatementKind.RECORD)
            .by(HISTORIAN)
            .when(when)
            .summary(String.join("; ", summary))
            // The office writes its records in English.
            .language("en")
            .addAbout(visit.id());
    record.field("description").or(() -> record.field("remarks")).ifPresent(statement::quote);
    return statement.build();
  }

  /** A name as an id: ASCII letters and digits in lower case, hyphens between. */
  static String idOf(String name) {
    String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    String id = NOT_ID_CHARACTERS.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-");
    return id.replaceAll("^-+|-+$", "");
  }

  HistorianImport finish() {
    List<DossierRecord> all = new ArrayList<>(countries.parties());
    leaders.forEach(
        (id, draft) ->
            all.add(
                Leader.builder().id(id).name(draft.name()).addAllOffices(draft.offices()).build()));
    all.addAll(records);
    Dossier.Builder dossier = Dossier.builder().addAll(all);
    List<Problem> warnings = dossier.validate();
    return new HistorianImport(dossier.build(), warnings, skipped, sourceRecords);
  }
}
