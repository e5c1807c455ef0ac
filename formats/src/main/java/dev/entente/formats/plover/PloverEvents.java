package dev.entente.formats.plover;

import dev.entente.Agreement;
import dev.entente.Conversation;
import dev.entente.ConversationMode;
import dev.entente.Delegation;
import dev.entente.Dossier;
import dev.entente.DossierRecord;
import dev.entente.Leader;
import dev.entente.Milestone;
import dev.entente.Office;
import dev.entente.Party;
import dev.entente.PartyKind;
import dev.entente.Place;
import dev.entente.PlacePrecision;
import dev.entente.Role;
import dev.entente.Stage;
import dev.entente.Statement;
import dev.entente.Talks;
import dev.entente.TalksFormat;
import dev.entente.TalksStatus;
import dev.entente.TimePoint;
import dev.entente.TimelineEntry;
import dev.entente.Topic;
import dev.entente.Visit;
import dev.entente.VisitKind;
import dev.entente.formats.NotExported;
import dev.entente.formats.internal.Engagements;
import dev.entente.formats.internal.Iso3166;
import dev.entente.formats.plover.PloverEvent.Citation;
import dev.entente.formats.plover.PloverEvent.Entity;
import dev.entente.formats.plover.PloverEvent.Location;
import dev.entente.internal.Spelling;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Makes the PLOVER events of a dossier, in its timeline's order, and accounts for every record that
 * makes none. The mapping is the table of {@code docs/formats.md}.
 */
final class PloverEvents {
  private static final String WIKIDATA = "wikidata";
  private static final String UNITED_NATIONS = "Q1065";
  private static final String EUROPEAN_UNION = "Q458";

  private final Dossier dossier;
  private final PloverContexts contexts;
  final List<PloverEvent> events = new ArrayList<>();
  final List<NotExported> notExported = new ArrayList<>();
  final Set<String> unmappedTopics = new TreeSet<>();
  private final Map<String, Integer> milestonesSeen = new HashMap<>();

  PloverEvents(Dossier dossier, PloverContexts contexts) {
    this.dossier = dossier;
    this.contexts = contexts;
    for (TimelineEntry entry : dossier.timeline()) {
      DossierRecord record = entry.record();
      if (record instanceof Conversation conversation) {
        add(conversation);
      } else if (record instanceof Visit visit) {
        add(visit);
      } else if (record instanceof Talks talks) {
        add(talks);
      } else if (record instanceof Agreement agreement) {
        add(agreement, entry.milestone().orElseThrow());
      }
    }
  }

  private void add(Conversation call) {
    TimePoint start = call.when().start();
    events.add(
        new PloverEvent(
            call.id(),
            PloverDates.of(call.when()),
            entities(call.participants(), start),
            List.of(),
            Category.CONSULT,
            call.mode() == ConversationMode.IN_PERSON_MEETING ? List.of() : List.of("phone"),
            contexts(call.subjects()),
            call.place().map(this::location).orElse(null),
            call.purpose().orElse(null),
            null,
            citation(call),
            "conversation",
            Spelling.of(call.mode())));
  }

  private void add(Visit visit) {
    TimePoint start = visit.when().start();
    List<String> recipients = new ArrayList<>();
    recipients.add(visit.host());
    recipients.addAll(visit.hosts());
    boolean summit = visit.kind().filter(VisitKind.SUMMIT::equals).isPresent();
    events.add(
        new PloverEvent(
            visit.id(),
            PloverDates.of(visit.when()),
            entities(visit.visitors(), start),
            entities(recipients, start),
            Category.CONSULT,
            summit ? List.of("visit", "multilateral") : List.of("visit"),
            contexts(List.of()),
            visit.places().isEmpty() ? null : location(visit.places().get(0)),
            visit.description().orElse(null),
            null,
            citation(visit),
            "visit",
            visit.kind().map(Spelling::of).orElse(null)));
  }

  private void add(Talks talks) {
    TimePoint start = talks.when().start();
    List<String> delegations = talks.delegations().stream().map(d -> delegate(d)).toList();
    String status = Spelling.of(talks.status());
    if (talks.status() == TalksStatus.CANCELLED) {
      notExported.add(
          new NotExported(
              talks.id(),
              "cancelled talks are a PLOVER REJECT event dated when they were called off, a"
                  + " date the model does not hold"));
      return;
    }
    if (talks.status() != TalksStatus.HELD) {
      // PLOVER codes a future meeting as AGREE, on the day it was agreed or announced.
      Statement announcement = announcement(talks);
      if (announcement == null) {
        notExported.add(
            new NotExported(
                talks.id(),
                status
                    + " talks are a PLOVER AGREE event dated when they were announced; they"
                    + " name no announcing statement and cite none"));
        return;
      }
      events.add(
          new PloverEvent(
              talks.id(),
              PloverDates.of(announcement.when()),
              entities(delegations, start),
              List.of(),
              Category.AGREE,
              List.of(),
              contexts(talks.agenda()),
              talks.venue().map(this::location).orElse(null),
              talks.title(),
              null,
              citation(announcement),
              "talks",
              status));
      return;
    }
    Set<String> parties = new LinkedHashSet<>();
    talks.delegations().forEach(d -> parties.add(d.party()));
    String host = talks.host().orElse(null);
    List<String> modes;
    List<String> actors = delegations;
    List<String> recipients = List.of();
    if (talks.format() != TalksFormat.BILATERAL) {
      modes = List.of("multilateral");
    } else if (host != null && !parties.contains(host)) {
      modes = List.of("third-party");
    } else if (host != null) {
      modes = List.of("visit");
      actors = new ArrayList<>();
      recipients = new ArrayList<>();
      for (Delegation delegation : talks.delegations()) {
        (delegation.party().equals(host) ? recipients : actors).add(delegate(delegation));
      }
    } else {
      modes = List.of();
    }
    events.add(
        new PloverEvent(
            talks.id(),
            PloverDates.of(talks.when()),
            entities(actors, start),
            entities(recipients, start),
            Category.CONSULT,
            modes,
            contexts(talks.agenda()),
            talks.venue().map(this::location).orElse(null),
            talks.title(),
            null,
            citation(talks),
            "talks",
            status));
  }

  private void add(Agreement agreement, Milestone milestone) {
    // The timeline gives an agreement's milestones in their order (they are in time order, and
    // ties keep it), so counting them numbers them, even two alike.
    int number = milestonesSeen.merge(agreement.id(), 1, Integer::sum);
    String id = agreement.id() + "#" + number;
    Stage stage = milestone.stage();
    Category category = category(stage);
    if (category == null) {
      notExported.add(
          new NotExported(
              id, Spelling.of(stage) + ": no one acts, and PLOVER codes only what someone does"));
      return;
    }
    List<String> actors =
        !milestone.by().isEmpty()
            ? milestone.by()
            : !milestone.parties().isEmpty() ? milestone.parties() : agreement.parties();
    List<String> recipients = milestone.towards();
    if (category == Category.SANCTION && recipients.isEmpty()) {
      // SANCTION requires a recipient: the agreement's other parties.
      Set<String> acting = new LinkedHashSet<>(actors);
      recipients = agreement.parties().stream().filter(p -> !acting.contains(p)).toList();
    }
    Optional<Place> place = milestone.occasion().flatMap(dossier::find).flatMap(Engagements::place);
    Statement source =
        milestone.source().flatMap(s -> dossier.find(s, Statement.class)).orElse(null);
    events.add(
        new PloverEvent(
            id,
            PloverDates.of(milestone.when()),
            entities(actors, milestone.when()),
            entities(recipients, milestone.when()),
            category,
            modes(stage),
            contexts(agreement.topics()),
            place.map(this::location).orElse(null),
            agreement.title(),
            agreement.id(),
            source != null ? citation(source) : citation(agreement),
            "agreement",
            Spelling.of(stage)));
  }

  private static @Nullable Category category(Stage stage) {
    return switch (stage) {
      case PROPOSED, HANDED_OVER, AGREED -> Category.AGREE;
      case SIGNED, PROVISIONALLY_APPLIED, RATIFIED, ACCEPTED, APPROVED, ACCEDED, SUCCEEDED ->
          Category.SUPPORT;
      case SUSPENDED, WITHDRAWN, DENOUNCED -> Category.SANCTION;
      case PUBLISHED, IN_FORCE -> null;
    };
  }

  private static List<String> modes(Stage stage) {
    return switch (stage) {
      case SUSPENDED -> List.of("discontinue");
      case WITHDRAWN, DENOUNCED -> List.of("withdraw");
      default -> List.of();
    };
  }

  /** A delegation acts as its head where it has one, else as its party. */
  private static String delegate(Delegation delegation) {
    return delegation.head().orElse(delegation.party());
  }

  private @Nullable Statement announcement(Talks talks) {
    Optional<Statement> announced =
        talks.announcedBy().flatMap(id -> dossier.find(id, Statement.class));
    if (announced.isPresent()) {
      return announced.get();
    }
    return talks.sources().stream()
        .map(id -> dossier.find(id, Statement.class))
        .flatMap(Optional::stream)
        .min((a, b) -> a.when().compareTo(b.when()))
        .orElse(null);
  }

  private List<String> contexts(Collection<String> subjects) {
    Set<String> found = new LinkedHashSet<>(contexts.everyEvent());
    for (String subject : subjects) {
      Optional<Topic> topic = dossier.find(subject, Topic.class);
      if (topic.isPresent()) {
        List<String> mapped = contexts.contextsOf(topic.get());
        if (mapped.isEmpty()) {
          unmappedTopics.add(subject);
        }
        found.addAll(mapped);
      }
    }
    return List.copyOf(found);
  }

  private List<Entity> entities(List<String> ids, TimePoint when) {
    List<Entity> entities = new ArrayList<>(ids.size());
    for (String id : ids) {
      DossierRecord record = dossier.find(id).orElseThrow();
      entities.add(record instanceof Leader leader ? entity(leader, when) : entity((Party) record));
    }
    return entities;
  }

  private Entity entity(Party party) {
    String wikidata = party.identifiers().get(WIKIDATA);
    return new Entity(code(party), sector(party), party.name(), wikidata, null, party.id());
  }

  private Entity entity(Leader leader, TimePoint when) {
    Office office = officeOn(leader, when.asStated().firstDay());
    String wikidata = leader.identifiers().get(WIKIDATA);
    if (office == null) {
      return new Entity(null, null, leader.name(), wikidata, null, leader.id());
    }
    Party party = dossier.find(office.party(), Party.class).orElseThrow();
    return new Entity(
        code(party),
        sector(office, party),
        leader.name(),
        wikidata,
        office.title().orElse(Spelling.of(office.role()).replace('-', ' ')),
        leader.id());
  }

  /** The office held on the day, else the leader's only office, else none. */
  private static @Nullable Office officeOn(Leader leader, LocalDate day) {
    for (Office office : leader.offices()) {
      if (office.isHeldOn(day)) {
        return office;
      }
    }
    return leader.offices().size() == 1 ? leader.offices().get(0) : null;
  }

  private @Nullable String code(Party party) {
    if (party.country().isPresent()) {
      return Iso3166.alpha3(party.country().get());
    }
    PartyKind kind = party.kind();
    if (kind == PartyKind.INTERNATIONAL_ORGANIZATION || kind == PartyKind.FORUM) {
      String wikidata = party.identifiers().get(WIKIDATA);
      if (UNITED_NATIONS.equals(wikidata)) {
        return "UNO";
      }
      return EUROPEAN_UNION.equals(wikidata) ? "EUR" : "IGO";
    }
    Party whole = party.partOf().flatMap(id -> dossier.find(id, Party.class)).orElse(null);
    return whole == null ? null : code(whole);
  }

  /** A legislator's sector is the legislature; every other office's that of its party. */
  private static @Nullable String sector(Office office, Party party) {
    return office.role() == Role.LEGISLATOR ? "LEG" : sector(party);
  }

  private static @Nullable String sector(Party party) {
    return switch (party.kind()) {
      case STATE, GOVERNMENT_BODY -> "GOV";
      case NEWS_OUTLET -> "JRN";
      default -> null;
    };
  }

  private Location location(Place place) {
    String country = place.country().map(Iso3166::name).orElse(null);
    String city = place.localities().isEmpty() ? null : place.localities().get(0);
    String resolved =
        place.venue().orElse(city != null ? city : country != null ? country : "unnamed place");
    String geonames = place.identifiers().get("geonames");
    return new Location(
        resolved,
        geonames != null && geonames.matches("[0-9]{1,18}") ? Long.valueOf(geonames) : null,
        place.coordinates().map(c -> c.latitude()).orElse(null),
        place.coordinates().map(c -> c.longitude()).orElse(null),
        city,
        country,
        place.country().map(Iso3166::alpha3).orElse(null),
        resolution(place),
        place.venue().orElse(null),
        place.party().orElse(null),
        place.localities(),
        place.precision().map(Spelling::of).orElse(null));
  }

  /** The precision a place's fields imply when it states none: its venue, locality or country. */
  private static PlacePrecision impliedPrecision(Place place) {
    if (place.venue().isPresent()) {
      return PlacePrecision.VENUE;
    }
    return place.localities().isEmpty() ? PlacePrecision.COUNTRY : PlacePrecision.LOCALITY;
  }

  private static int resolution(Place place) {
    return switch (place.precision().orElse(impliedPrecision(place))) {
      case VENUE -> 5;
      case LOCALITY -> 4;
      case REGION -> 2;
      case COUNTRY -> 1;
    };
  }

  private @Nullable Citation citation(DossierRecord record) {
    for (String source : record.sources()) {
      Optional<Statement> statement = dossier.find(source, Statement.class);
      if (statement.isPresent()) {
        return citation(statement.get());
      }
    }
    return null;
  }

  private Citation citation(Statement statement) {
    String publication =
        dossier
            .find(statement.by())
            .map(r -> r instanceof Party p ? p.name() : ((Leader) r).name())
            .orElse(statement.by());
    String language =
        statement.language().map(tag -> Locale.forLanguageTag(tag).getLanguage()).orElse(null);
    return new Citation(
        statement.id(), statement.url().map(Object::toString).orElse(null), language, publication);
  }
}
