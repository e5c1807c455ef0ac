package dev.entente.formats.plover;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks PLOVER lines against PLOVER's manual (PLOVER_MANUAL.tex of openeventdata/PLOVER): its
 * JSON, entity, location and citation field tables; its categories with their modes and quad codes;
 * its general contexts; its sector codes; country codes as ISO 3166-1 alpha-3 (as the JDK knows
 * them), PLOVER's own IGO, UNO, EUR and KOS, or an ISO 3166-3 former code. Typed from the manual,
 * apart from the exporter's tables.
 */
final class PloverConformance {
  private static final Set<String> EVENT_FIELDS =
      Set.of(
          "id",
          "has_event",
          "date",
          "time",
          "enddate",
          "endtime",
          "actor",
          "recipient",
          "event",
          "event_loc",
          "event_text",
          "quad_code",
          "event_scale",
          "mode",
          "context",
          "link",
          "text",
          "text_info",
          "cite_info",
          "coder",
          "coded_date",
          "coded_time",
          "comment");
  private static final Set<String> EXTENSION_FIELDS =
      Set.of("date_edtf", "enddate_edtf", "entente_duration", "entente_kind", "entente_mode");
  private static final Set<String> ENTITY_FIELDS =
      Set.of(
          "code",
          "sector",
          "entity_text",
          "identifier_id",
          "identifier_text",
          "religion",
          "ethnicity",
          "office",
          "gender",
          "age",
          "entente_id");
  private static final Set<String> LOCATION_FIELDS =
      Set.of(
          "extracted_place",
          "resolved_place",
          "geonameid",
          "lat",
          "lon",
          "city",
          "district",
          "province",
          "country",
          "country_code",
          "feature_class",
          "feature_code",
          "resolution",
          "entente_venue",
          "entente_party",
          "entente_localities",
          "entente_precision");
  private static final Set<String> CITATION_FIELDS =
      Set.of(
          "corpus",
          "citation",
          "url",
          "title",
          "language",
          "publication",
          "license",
          "copyright",
          "coder",
          "codebook",
          "version");
  private static final Map<String, Integer> QUADS =
      Map.ofEntries(
          Map.entry("AGREE", 1),
          Map.entry("CONSULT", 1),
          Map.entry("SUPPORT", 1),
          Map.entry("CONCEDE", 1),
          Map.entry("COOPERATE", 2),
          Map.entry("AID", 2),
          Map.entry("RETREAT", 2),
          Map.entry("REQUEST", 3),
          Map.entry("ACCUSE", 3),
          Map.entry("REJECT", 3),
          Map.entry("THREATEN", 3),
          Map.entry("SANCTION", 4),
          Map.entry("PROTEST", 4),
          Map.entry("MOBILIZE", 4),
          Map.entry("COERCE", 4),
          Map.entry("ASSAULT", 4));
  private static final Map<String, Set<String>> MODES =
      Map.of(
          "CONSULT", Set.of("visit", "third-party", "multilateral", "phone"),
          "SANCTION", Set.of("convict", "expel", "withdraw", "discontinue"),
          "REJECT", Set.of("assist", "change", "yield", "meet"));
  private static final Set<String> CONTEXTS =
      Set.of(
          "military",
          "intelligence",
          "executive",
          "legislative",
          "election",
          "political_institutions",
          "pro_democracy",
          "pro_autocracy",
          "economic",
          "legal",
          "reparations",
          "human_rights",
          "rights_freedoms",
          "repression",
          "human_security",
          "gender",
          "lgbt",
          "religion_ethnicity",
          "inequality",
          "diplomatic",
          "territory",
          "peacekeeping",
          "health",
          "asylum",
          "migration",
          "disasters",
          "natural_resource",
          "environment",
          "technology",
          "terrorism",
          "cbrn",
          "cyber",
          "misinformation",
          "crime",
          "corruption",
          "illegal_drugs",
          "trafficking");
  private static final Set<String> SECTORS =
      Set.of(
          "COP", "GOV", "JUD", "LEG", "MIL", "PRM", "PTY", "REB", "SPY", "UAF", "UNK", "AGR", "BUS",
          "CRM", "CVL", "EDU", "ELI", "JRN", "LAB", "MED", "REF", "OPP", "PRE", "REL", "SOC");
  private static final Set<String> FORMER_CODES =
      Set.of(
          "AFI", "ANT", "ATB", "BUR", "BYS", "CSK", "SCG", "CTE", "DDR", "DHY", "ATF", "FXX", "GEL",
          "HVO", "JTN", "MID", "NHB", "ATN", "NTZ", "PCI", "PUS", "PCZ", "RHO", "SKM", "SUN", "TMP",
          "VDR", "WAK", "YMD", "YUG", "ZAR");
  private static final Set<String> CODES = codes();

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private PloverConformance() {}

  /** Checks every line and that ids are unique; returns how many lines there were. */
  static int check(String jsonLines) {
    Set<String> ids = new HashSet<>();
    List<String> lines = jsonLines.lines().toList();
    for (String line : lines) {
      JsonNode event = JSON.readTree(line);
      assertThat(ids.add(event.get("id").stringValue())).as("unique id in %s", line).isTrue();
      checkEvent(event, line);
    }
    return lines.size();
  }

  private static void checkEvent(JsonNode event, String line) {
    for (String field : event.propertyNames()) {
      assertThat(EVENT_FIELDS.contains(field) || EXTENSION_FIELDS.contains(field))
          .as("field %s of %s", field, line)
          .isTrue();
    }
    assertThat(event.get("date").stringValue()).matches("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    LocalDate.parse(event.get("date").stringValue());
    dateTime(event, "date", "time");
    if (event.has("enddate")) {
      LocalDate.parse(event.get("enddate").stringValue());
      dateTime(event, "enddate", "endtime");
    }
    assertThat(event.get("actor").size()).as("actors of %s", line).isPositive();
    entities(event.get("actor"), line);
    if (event.has("recipient")) {
      entities(event.get("recipient"), line);
    }
    assertThat(event.get("event").size()).isEqualTo(1);
    String category = event.get("event").get(0).stringValue();
    assertThat(QUADS).as("category of %s", line).containsKey(category);
    assertThat(event.get("quad_code").intValue()).isEqualTo(QUADS.get(category));
    if (event.has("mode")) {
      for (JsonNode mode : event.get("mode").values()) {
        assertThat(MODES.getOrDefault(category, Set.of()))
            .as("mode of %s", line)
            .contains(mode.stringValue());
      }
    }
    if (event.has("context")) {
      for (JsonNode context : event.get("context").values()) {
        assertThat(CONTEXTS).as("context of %s", line).contains(context.stringValue());
      }
    }
    if (event.has("event_loc")) {
      JsonNode location = event.get("event_loc");
      assertThat(LOCATION_FIELDS).containsAll(location.propertyNames());
      assertThat(location.get("resolution").intValue()).isBetween(1, 5);
      if (location.has("country_code")) {
        assertThat(CODES).contains(location.get("country_code").stringValue());
      }
      if (location.has("lat")) {
        assertThat(location.get("lat").doubleValue()).isBetween(-90.0, 90.0);
        assertThat(location.get("lon").doubleValue()).isBetween(-180.0, 180.0);
      }
    }
    if (event.has("cite_info")) {
      JsonNode citation = event.get("cite_info");
      assertThat(CITATION_FIELDS).containsAll(citation.propertyNames());
      if (citation.has("language")) {
        assertThat(citation.get("language").stringValue()).matches("[a-z]{2}");
      }
    }
  }

  private static void dateTime(JsonNode event, String date, String time) {
    if (event.has(time)) {
      OffsetDateTime.parse(event.get(date).stringValue() + "T" + event.get(time).stringValue());
    }
  }

  private static void entities(JsonNode entities, String line) {
    for (JsonNode entity : entities.values()) {
      assertThat(ENTITY_FIELDS).as("entity fields of %s", line).containsAll(entity.propertyNames());
      if (entity.has("code")) {
        assertThat(CODES).as("entity code of %s", line).contains(entity.get("code").stringValue());
      }
      if (entity.has("sector")) {
        assertThat(SECTORS).contains(entity.get("sector").stringValue());
      }
      if (entity.has("identifier_id")) {
        assertThat(entity.get("identifier_id").stringValue()).matches("Q[1-9][0-9]*");
      }
    }
  }

  private static Set<String> codes() {
    Set<String> codes = new HashSet<>(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));
    codes.addAll(FORMER_CODES);
    codes.addAll(Set.of("IGO", "UNO", "EUR", "KOS"));
    return codes;
  }
}
