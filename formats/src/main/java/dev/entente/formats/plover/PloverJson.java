package dev.entente.formats.plover;

import dev.entente.formats.plover.PloverEvent.Citation;
import dev.entente.formats.plover.PloverEvent.Entity;
import dev.entente.formats.plover.PloverEvent.Location;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;

/**
 * Writes a PLOVER event as one JSON object, its fields in the order of PLOVER's JSON table, the
 * extension fields last; a field without a value is left out.
 */
final class PloverJson {
  private PloverJson() {}

  static void write(PloverEvent event, JsonGenerator json) {
    json.writeStartObject();
    json.writeStringProperty("id", event.id());
    PloverDates when = event.when();
    json.writeStringProperty("date", when.date());
    optional(json, "time", when.time());
    optional(json, "enddate", when.enddate());
    optional(json, "endtime", when.endtime());
    entities(json, "actor", event.actors());
    if (!event.recipients().isEmpty()) {
      entities(json, "recipient", event.recipients());
    }
    strings(json, "event", List.of(event.category().name()));
    if (event.location() != null) {
      location(json, event.location());
    }
    if (event.text() != null) {
      strings(json, "event_text", List.of(event.text()));
    }
    json.writeNumberProperty("quad_code", event.category().quadCode());
    if (!event.modes().isEmpty()) {
      strings(json, "mode", event.modes());
    }
    if (!event.contexts().isEmpty()) {
      strings(json, "context", event.contexts());
    }
    optional(json, "link", event.link());
    if (event.citation() != null) {
      citation(json, event.citation());
    }
    optional(json, "date_edtf", when.dateEdtf());
    optional(json, "enddate_edtf", when.enddateEdtf());
    optional(json, "entente_duration", when.duration());
    json.writeStringProperty("entente_kind", event.kind());
    optional(json, "entente_mode", event.mode());
    json.writeEndObject();
  }

  private static void entities(JsonGenerator json, String name, List<Entity> entities) {
    json.writeArrayPropertyStart(name);
    for (Entity entity : entities) {
      json.writeStartObject();
      optional(json, "code", entity.code());
      optional(json, "sector", entity.sector());
      json.writeStringProperty("entity_text", entity.text());
      if (entity.wikidata() != null) {
        json.writeStringProperty("identifier_id", entity.wikidata());
        json.writeStringProperty("identifier_text", entity.text());
      }
      optional(json, "office", entity.office());
      json.writeStringProperty("entente_id", entity.ententeId());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void location(JsonGenerator json, Location location) {
    json.writeObjectPropertyStart("event_loc");
    json.writeStringProperty("resolved_place", location.resolvedPlace());
    if (location.geonameId() != null) {
      json.writeNumberProperty("geonameid", location.geonameId());
    }
    if (location.latitude() != null && location.longitude() != null) {
      json.writeNumberProperty("lat", location.latitude());
      json.writeNumberProperty("lon", location.longitude());
    }
    optional(json, "city", location.city());
    optional(json, "country", location.country());
    optional(json, "country_code", location.countryCode());
    json.writeNumberProperty("resolution", location.resolution());
    optional(json, "entente_venue", location.venue());
    optional(json, "entente_party", location.party());
    optional(json, "entente_precision", location.precision());
    if (location.localities().size() > 1) {
      strings(json, "entente_localities", location.localities());
    }
    json.writeEndObject();
  }

  private static void citation(JsonGenerator json, Citation citation) {
    json.writeObjectPropertyStart("cite_info");
    json.writeStringProperty("citation", citation.citation());
    optional(json, "url", citation.url());
    optional(json, "language", citation.language());
    json.writeStringProperty("publication", citation.publication());
    json.writeEndObject();
  }

  private static void strings(JsonGenerator json, String name, List<String> values) {
    json.writeArrayPropertyStart(name);
    for (String value : values) {
      json.writeString(value);
    }
    json.writeEndArray();
  }

  private static void optional(JsonGenerator json, String name, @Nullable String value) {
    if (value != null) {
      json.writeStringProperty(name, value);
    }
  }
}
