package dev.entente.formats.plover;

import dev.entente.Conversation;
import dev.entente.ConversationMode;
import dev.entente.Coordinates;
import dev.entente.Dossier;
import dev.entente.DossierRecord;
import dev.entente.Leader;
import dev.entente.Party;
import dev.entente.Place;
import dev.entente.PlacePrecision;
import dev.entente.Span;
import dev.entente.Statement;
import dev.entente.Visit;
import dev.entente.VisitKind;
import dev.entente.formats.internal.Iso3166;
import dev.entente.internal.Spelling;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads one PLOVER event into a record, or says why it cannot; see {@link PloverReader}. */
final class EventRecords {
  private static final JsonMapper JSON = mapper();

  private final Dossier known;
  private final Map<String, String> idsByWikidata = new HashMap<>();
  final List<SkippedEvent> skipped = new ArrayList<>();
  final List<SkippedEvent> partsNotKept = new ArrayList<>();

  EventRecords(Dossier known) {
    this.known = known;
    for (Leader leader : known.leaders()) {
      byWikidata(leader.id(), leader.identifiers());
    }
    for (Party party : known.parties()) {
      byWikidata(party.id(), party.identifiers());
    }
  }

  private void byWikidata(String id, Map<String, String> identifiers) {
    String wikidata = identifiers.get("wikidata");
    if (wikidata != null) {
      idsByWikidata.put(wikidata, id);
    }
  }

  /** The record of one line, or null when the line is skipped (and so listed). */
  @Nullable DossierRecord read(int line, String text) {
    String id = "?";
    try {
      JsonNode event = JSON.readTree(text);
      if (!event.isObject()) {
        throw new Refused("a line must hold one JSON object");
      }
      id = string(event, "id");
      return read(line, id, event);
    } catch (JacksonException e) {
      skipped.add(new SkippedEvent(line, id, "not JSON: " + e.getOriginalMessage()));
    } catch (Refused | IllegalArgumentException e) {
      // The model's builders and parsers say which field and why (InvalidRecordException).
      skipped.add(new SkippedEvent(line, id, String.valueOf(e.getMessage())));
    }
    return null;
  }

  private DossierRecord read(int line, String id, JsonNode event) {
    List<String> categories = strings(event, "event");
    List<String> modes = event.has("mode") ? strings(event, "mode") : List.of();
    String kind = optionalString(event, "entente_kind");
    if (!categories.equals(List.of("CONSULT"))) {
      throw new Refused(
          "event "
              + categories
              + ": only CONSULT events are read back (as conversations and visits)");
    }
    if ("conversation".equals(kind)) {
      return conversation(line, id, event);
    }
    if (modes.contains("visit") && (kind == null || "visit".equals(kind))) {
      return visit(line, id, event);
    }
    throw new Refused(
        "a CONSULT event of mode "
            + modes
            + " is read back only as a visit (mode visit) or as a conversation this library wrote"
            + " (entente_kind conversation): PLOVER's phone mode does not say which kind of call");
  }

  private Conversation conversation(int line, String id, JsonNode event) {
    String mode = optionalString(event, "entente_mode");
    if (mode == null) {
      throw new Refused(
          "a conversation needs its entente_mode, one of "
              + Arrays.stream(ConversationMode.values()).map(Spelling::of).toList());
    }
    Conversation.Builder call =
        Conversation.builder()
            .id(id)
            .mode(word(ConversationMode.values(), mode, "entente_mode"))
            .participants(entities(event, "actor"))
            .when(span(event));
    JsonNode location = event.get("event_loc");
    if (location != null) {
      call.place(place(location, event.has("entente_kind")));
    }
    String text = firstText(event);
    if (text != null) {
      call.purpose(text);
    }
    call.sources(sources(line, id, event));
    return call.build();
  }

  private Visit visit(int line, String id, JsonNode event) {
    List<String> hosts = new ArrayList<>();
    String host = null;
    for (String recipient : entities(event, "recipient")) {
      if (known.find(recipient).orElseThrow() instanceof Party) {
        if (host != null) {
          throw new Refused(
              "recipient: two parties, " + host + " and " + recipient + "; a visit has one host");
        }
        host = recipient;
      } else {
        hosts.add(recipient);
      }
    }
    if (host == null) {
      throw new Refused("recipient: no party, and a visit needs its host party");
    }
    Visit.Builder visit =
        Visit.builder()
            .id(id)
            .visitors(entities(event, "actor"))
            .host(host)
            .hosts(hosts)
            .when(span(event));
    String kind = optionalString(event, "entente_mode");
    if (kind != null) {
      visit.kind(word(VisitKind.values(), kind, "entente_mode"));
    }
    JsonNode location = event.get("event_loc");
    if (location != null) {
      visit.addPlaces(place(location, event.has("entente_kind")));
    }
    String text = firstText(event);
    if (text != null) {
      visit.description(text);
    }
    visit.sources(sources(line, id, event));
    return visit.build();
  }

  private static Span span(JsonNode event) {
    PloverDates dates =
        new PloverDates(
            string(event, "date"),
            optionalString(event, "time"),
            optionalString(event, "date_edtf"),
            optionalString(event, "enddate"),
            optionalString(event, "endtime"),
            optionalString(event, "enddate_edtf"),
            optionalString(event, "entente_duration"));
    try {
      return dates.span();
    } catch (DateTimeException e) {
      throw new Refused("dates: " + e.getMessage());
    }
  }

  private List<String> entities(JsonNode event, String field) {
    JsonNode entities = event.get(field);
    if (entities == null) {
      return List.of();
    }
    if (!entities.isArray()) {
      throw new Refused(field + ": must be a list of entity objects");
    }
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < entities.size(); i++) {
      JsonNode entity = entities.get(i);
      String where = field + " " + (i + 1);
      String ententeId = optionalString(entity, "entente_id");
      String wikidata = optionalString(entity, "identifier_id");
      String id =
          ententeId != null ? ententeId : wikidata != null ? idsByWikidata.get(wikidata) : null;
      DossierRecord record = id == null ? null : known.find(id).orElse(null);
      if (!(record instanceof Leader || record instanceof Party)) {
        throw new Refused(
            where
                + ": no leader or party of the given dossier has "
                + (ententeId != null
                    ? "the id \"" + ententeId + "\""
                    : wikidata != null
                        ? "the Wikidata id " + wikidata
                        : "an id: the entity names none"));
      }
      ids.add(id);
    }
    return ids;
  }

  /**
   * A place from a location object. Its precision is the one this library wrote in {@code
   * entente_precision}, if the event is one it wrote (where the place stated none, it wrote none);
   * else the one PLOVER's {@code resolution} states.
   */
  private static Place place(JsonNode location, boolean writtenHere) {
    Place.Builder place = Place.builder();
    long resolution = location.has("resolution") ? integer(location, "resolution") : 0;
    String resolved = optionalString(location, "resolved_place");
    String city = optionalString(location, "city");
    String venue = optionalString(location, "entente_venue");
    if (venue != null) {
      place.venue(venue);
    } else if (!writtenHere && resolution == 5 && resolved != null && !resolved.equals(city)) {
      place.venue(resolved);
    }
    if (location.has("entente_localities")) {
      place.localities(strings(location, "entente_localities"));
    } else if (city != null) {
      place.addLocalities(city);
    }
    String code = optionalString(location, "country_code");
    if (code != null) {
      place.country(
          Iso3166.ofAlpha3(code)
              .orElseThrow(
                  () ->
                      new Refused(
                          "event_loc.country_code: \""
                              + code
                              + "\" is not an ISO 3166 alpha-3 code")));
    }
    if (location.has("lat") || location.has("lon")) {
      place.coordinates(Coordinates.of(number(location, "lat"), number(location, "lon")));
    }
    String party = optionalString(location, "entente_party");
    if (party != null) {
      place.party(party);
    }
    if (location.has("geonameid")) {
      place.putIdentifier("geonames", Long.toString(integer(location, "geonameid")));
    }
    String precision = optionalString(location, "entente_precision");
    if (precision != null) {
      place.precision(word(PlacePrecision.values(), precision, "event_loc.entente_precision"));
    } else if (!writtenHere) {
      PlacePrecision stated = precision(resolution);
      if (stated != null) {
        place.precision(stated);
      }
    }
    return place.build();
  }

  private static @Nullable PlacePrecision precision(long resolution) {
    if (resolution < 0 || resolution > 5) {
      throw new Refused("event_loc.resolution: " + resolution + " is not one of 1 to 5");
    }
    return switch ((int) resolution) {
      case 5 -> PlacePrecision.VENUE;
      case 4 -> PlacePrecision.LOCALITY;
      case 3, 2 -> PlacePrecision.REGION;
      case 1 -> PlacePrecision.COUNTRY;
      default -> null;
    };
  }

  /**
   * The cited statement, if the given dossier holds it; else the citation is listed as not kept.
   */
  private List<String> sources(int line, String id, JsonNode event) {
    JsonNode citation = event.get("cite_info");
    if (citation == null) {
      return List.of();
    }
    String cited = optionalString(citation, "citation");
    if (cited != null && known.find(cited, Statement.class).isPresent()) {
      return List.of(cited);
    }
    partsNotKept.add(
        new SkippedEvent(
            line,
            id,
            "cite_info: "
                + (cited == null
                    ? "no citation"
                    : "\"" + cited + "\" is no statement of the given dossier")));
    return List.of();
  }

  private static @Nullable String firstText(JsonNode event) {
    List<String> texts = event.has("event_text") ? strings(event, "event_text") : List.of();
    return texts.isEmpty() ? null : texts.get(0);
  }

  private static <E extends Enum<E>> E word(E[] constants, String word, String field) {
    for (E constant : constants) {
      if (Spelling.of(constant).equals(word)) {
        return constant;
      }
    }
    throw new Refused(
        field
            + ": \""
            + word
            + "\" is none of "
            + Arrays.stream(constants).map(Spelling::of).toList());
  }

  private static String string(JsonNode object, String field) {
    String value = optionalString(object, field);
    if (value == null) {
      throw new Refused(field + ": missing");
    }
    return value;
  }

  private static @Nullable String optionalString(JsonNode object, String field) {
    JsonNode value = object.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isString()) {
      throw new Refused(field + ": must be a string");
    }
    return value.stringValue();
  }

  private static List<String> strings(JsonNode object, String field) {
    JsonNode values = object.get(field);
    if (values == null || !values.isArray()) {
      throw new Refused(field + ": must be a list of strings");
    }
    List<String> strings = new ArrayList<>();
    for (JsonNode value : values.values()) {
      if (!value.isString()) {
        throw new Refused(field + ": must be a list of strings");
      }
      strings.add(value.stringValue());
    }
    return strings;
  }

  private static double number(JsonNode object, String field) {
    JsonNode value = object.get(field);
    if (value == null || !value.isNumber()) {
      throw new Refused(field + ": must be a number");
    }
    return value.doubleValue();
  }

  private static long integer(JsonNode object, String field) {
    JsonNode value = object.get(field);
    if (value == null || !value.isIntegralNumber() || !value.canConvertToLong()) {
      throw new Refused(field + ": must be a whole number");
    }
    return value.longValue();
  }

  private static JsonMapper mapper() {
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(16)
                    .maxStringLength(1_000_000)
                    .maxDocumentLength(16L * 1024 * 1024)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();
    JsonMapper.Builder mapper = JsonMapper.builder(factory);
    for (JsonReadFeature leniency : JsonReadFeature.values()) {
      mapper.disable(leniency);
    }
    return mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
  }

  /** Why a line makes no record. */
  private static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Refused(String reason) {
      super(reason, null, false, false);
    }
  }
}
