package dev.entente.formats.schemaorg;

import dev.entente.Conversation;
import dev.entente.ConversationMode;
import dev.entente.Delegation;
import dev.entente.Dossier;
import dev.entente.DossierRecord;
import dev.entente.Leader;
import dev.entente.Office;
import dev.entente.Party;
import dev.entente.PartyKind;
import dev.entente.Place;
import dev.entente.Span;
import dev.entente.Statement;
import dev.entente.Talks;
import dev.entente.TalksStatus;
import dev.entente.TimePoint;
import dev.entente.Topic;
import dev.entente.Visit;
import dev.entente.formats.internal.Names;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;

/** Writes the JSON-LD document of {@link SchemaOrgExport}: the context, then one node a record. */
final class SchemaOrgNodes {
  private static final String WIKIDATA = "https://www.wikidata.org/wiki/";
  private static final String GEONAMES = "https://sws.geonames.org/";

  private final Dossier dossier;
  private final String base;
  private final JsonGenerator json;
  private final Names names;

  SchemaOrgNodes(Dossier dossier, String base, JsonGenerator json) {
    this.dossier = dossier;
    this.base = base;
    this.json = json;
    this.names = new Names(dossier);
  }

  void write() {
    json.writeStartObject();
    json.writeStringProperty("@context", "https://schema.org/");
    json.writeArrayPropertyStart("@graph");
    for (DossierRecord record : dossier.records()) {
      if (record instanceof Party party) {
        party(party);
      } else if (record instanceof Leader leader) {
        person(leader);
      } else if (record instanceof Topic topic) {
        start(topic, "DefinedTerm");
        json.writeStringProperty("name", topic.label());
        optional("description", topic.description().orElse(null));
        json.writeEndObject();
      } else if (record instanceof Statement statement) {
        creativeWork(statement);
      } else if (record instanceof Talks talks) {
        talks(talks);
      } else if (record instanceof Visit visit) {
        visit(visit);
      } else if (record instanceof Conversation conversation) {
        conversation(conversation);
      }
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private void start(DossierRecord record, String type) {
    json.writeStartObject();
    json.writeStringProperty("@id", base + record.id());
    json.writeStringProperty("@type", type);
  }

  private void party(Party party) {
    start(party, partyType(party));
    json.writeStringProperty("name", party.name());
    strings("alternateName", party.otherNames());
    sameAs(party.identifiers());
    if (party.country().isPresent()) {
      json.writeStringProperty("identifier", party.country().get().code());
    }
    if (party.partOf().isPresent()) {
      boolean place = party.kind() == PartyKind.STATE || party.kind() == PartyKind.TERRITORY;
      json.writeName(place ? "containedInPlace" : "parentOrganization");
      reference(party.partOf().get());
    }
    json.writeEndObject();
  }

  private static String partyType(Party party) {
    return switch (party.kind()) {
      case STATE -> "Country";
      case TERRITORY -> "AdministrativeArea";
      case GOVERNMENT_BODY -> "GovernmentOrganization";
      case NEWS_OUTLET -> "NewsMediaOrganization";
      case INTERNATIONAL_ORGANIZATION, FORUM, MOVEMENT -> "Organization";
    };
  }

  private void person(Leader leader) {
    start(leader, "Person");
    json.writeStringProperty("name", leader.name());
    strings("alternateName", leader.otherNames());
    sameAs(leader.identifiers());
    Set<String> titles = new LinkedHashSet<>();
    Set<String> parties = new LinkedHashSet<>();
    for (Office office : leader.offices()) {
      office.title().ifPresent(titles::add);
      parties.add(office.party());
    }
    strings("jobTitle", List.copyOf(titles));
    references("affiliation", List.copyOf(parties));
    json.writeEndObject();
  }

  private void creativeWork(Statement statement) {
    start(statement, "CreativeWork");
    json.writeName("author");
    reference(statement.by());
    json.writeStringProperty("datePublished", date(statement.when()));
    optional("inLanguage", statement.language().orElse(null));
    optional("url", statement.url().map(Object::toString).orElse(null));
    optional("text", statement.quote().orElse(null));
    optional("abstract", statement.summary().orElse(null));
    references("about", statement.about());
    json.writeEndObject();
  }

  private void talks(Talks talks) {
    event(talks, talks.when(), status(talks.status()), true);
    strings("previousStartDate", talks.previousDates().stream().map(s -> date(s.start())).toList());
    talks.venue().ifPresent(this::location);
    if (talks.host().isPresent()) {
      json.writeName("organizer");
      reference(talks.host().get());
    }
    Set<String> attendees = new LinkedHashSet<>();
    for (Delegation delegation : talks.delegations()) {
      attendees.add(delegation.party());
      delegation.head().ifPresent(attendees::add);
      attendees.addAll(delegation.members());
    }
    references("attendee", List.copyOf(attendees));
    references("about", talks.agenda());
    citations(talks);
    json.writeEndObject();
  }

  private void visit(Visit visit) {
    event(visit, visit.when(), "EventScheduled", true);
    optional("description", visit.description().orElse(null));
    if (!visit.places().isEmpty()) {
      json.writeArrayPropertyStart("location");
      visit.places().forEach(this::place);
      json.writeEndArray();
    }
    json.writeName("organizer");
    reference(visit.host());
    List<String> attendees = new ArrayList<>(visit.visitors());
    attendees.addAll(visit.hosts());
    references("attendee", attendees);
    citations(visit);
    json.writeEndObject();
  }

  private void conversation(Conversation call) {
    boolean inPerson = call.mode() == ConversationMode.IN_PERSON_MEETING;
    event(call, call.when(), "EventScheduled", inPerson);
    optional("description", call.purpose().orElse(null));
    call.place().ifPresent(this::location);
    if (call.initiator().isPresent()) {
      json.writeName("organizer");
      reference(call.initiator().get());
    }
    references("attendee", call.participants());
    references("about", call.subjects().stream().filter(this::isTopic).toList());
    citations(call);
    json.writeEndObject();
  }

  /** Starts an event's node, with its name, dates, status and attendance mode. */
  private void event(DossierRecord record, Span when, String status, boolean inPerson) {
    start(record, "Event");
    json.writeStringProperty("name", names.title(record));
    json.writeStringProperty("startDate", date(when.start()));
    if (when.end().isPresent()) {
      json.writeStringProperty("endDate", date(when.end().get()));
    }
    optional("duration", when.duration().map(Object::toString).orElse(null));
    vocabulary("eventStatus", status);
    vocabulary(
        "eventAttendanceMode",
        inPerson ? "OfflineEventAttendanceMode" : "OnlineEventAttendanceMode");
  }

  private static String status(TalksStatus status) {
    return switch (status) {
      case ANNOUNCED, SCHEDULED, HELD -> "EventScheduled";
      case POSTPONED -> "EventPostponed";
      case RESCHEDULED -> "EventRescheduled";
      case CANCELLED -> "EventCancelled";
    };
  }

  /**
   * A point as ISO 8601, which schema.org's dates take: a year, a month, a day or a moment. A
   * qualifier or a bound has no ISO 8601 form, and the stated date is written.
   */
  private static String date(TimePoint point) {
    return point.asStated().toString();
  }

  private void location(Place place) {
    json.writeName("location");
    place(place);
  }

  private void place(Place place) {
    json.writeStartObject();
    json.writeStringProperty("@type", "Place");
    List<String> parts = new ArrayList<>();
    place.venue().ifPresent(parts::add);
    parts.addAll(place.localities());
    if (!parts.isEmpty()) {
      json.writeStringProperty("name", String.join(", ", parts));
    }
    if (!place.localities().isEmpty() || place.country().isPresent()) {
      json.writeObjectPropertyStart("address");
      json.writeStringProperty("@type", "PostalAddress");
      if (!place.localities().isEmpty()) {
        json.writeStringProperty("addressLocality", place.localities().get(0));
      }
      if (place.country().isPresent()) {
        json.writeStringProperty("addressCountry", place.country().get().code());
      }
      json.writeEndObject();
    }
    if (place.coordinates().isPresent()) {
      json.writeObjectPropertyStart("geo");
      json.writeStringProperty("@type", "GeoCoordinates");
      json.writeNumberProperty("latitude", place.coordinates().get().latitude());
      json.writeNumberProperty("longitude", place.coordinates().get().longitude());
      json.writeEndObject();
    }
    if (place.party().isPresent()) {
      json.writeName("containedInPlace");
      reference(place.party().get());
    }
    String geonames = place.identifiers().get("geonames");
    if (geonames != null) {
      json.writeStringProperty("sameAs", GEONAMES + geonames + "/");
    }
    json.writeEndObject();
  }

  private void citations(DossierRecord record) {
    references("citation", record.sources());
  }

  private boolean isTopic(String id) {
    return dossier.find(id).orElse(null) instanceof Topic;
  }

  private void sameAs(Map<String, String> identifiers) {
    String wikidata = identifiers.get("wikidata");
    if (wikidata != null) {
      json.writeStringProperty("sameAs", WIKIDATA + wikidata);
    }
  }

  /** A value of schema.org's vocabulary, such as {@code EventScheduled}, as the IRI it is. */
  private void vocabulary(String name, String term) {
    json.writeObjectPropertyStart(name);
    json.writeStringProperty("@id", "schema:" + term);
    json.writeEndObject();
  }

  private void reference(String id) {
    json.writeStartObject();
    json.writeStringProperty("@id", base + id);
    json.writeEndObject();
  }

  private void references(String name, List<String> ids) {
    if (!ids.isEmpty()) {
      json.writeArrayPropertyStart(name);
      ids.forEach(this::reference);
      json.writeEndArray();
    }
  }

  private void strings(String name, List<String> values) {
    if (!values.isEmpty()) {
      json.writeArrayPropertyStart(name);
      values.forEach(json::writeString);
      json.writeEndArray();
    }
  }

  private void optional(String name, @Nullable String value) {
    if (value != null) {
      json.writeStringProperty(name, value);
    }
  }
}
