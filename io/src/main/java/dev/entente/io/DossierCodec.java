package dev.entente.io;

import dev.entente.Dossier;
import dev.entente.DossierRecord;
import dev.entente.InvalidDossierException;
import dev.entente.Problem;
import dev.entente.RecordKind;
import dev.entente.io.Positions.Position;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * A dossier: an object with the format version first, then one array of records per kind, in the
 * dossier's record order. Reading checks the rules across records and reports every broken one,
 * each at the path and line of its record.
 */
final class DossierCodec extends Codec<Dossier> {
  /** The version of the format this library writes. */
  static final String FORMAT_VERSION = "1.0";

  private static final int MAJOR_VERSION = 1;
  private static final String VERSION_FIELD = "formatVersion";

  /**
   * Two numbers without leading zeros: {@code 1.0}, {@code 1.12}, never {@code 01.0} or {@code
   * 1.00}.
   */
  private static final Pattern VERSION =
      Pattern.compile("(0|[1-9][0-9]{0,3})\\.(0|[1-9][0-9]{0,3})");

  /** One array of the dossier: its name, the plural of its kind, and the codec of its records. */
  private static final class Section {
    final int index;
    final RecordKind kind;
    final Codec<? extends DossierRecord> codec;

    Section(int index, RecordKind kind, Codec<? extends DossierRecord> codec) {
      this.index = index;
      this.kind = kind;
      this.codec = codec;
    }

    String name() {
      return kind.plural();
    }
  }

  private final List<Section> sections;
  private final String[] sectionNames;
  private final Map<String, Section> sectionByName;
  private final String fieldNames;

  /**
   * A dossier of the records these codecs read and write, one array for each kind, in the kinds'
   * order.
   */
  DossierCodec(Map<RecordKind, Codec<? extends DossierRecord>> codecs) {
    RecordKind[] kinds = RecordKind.values();
    this.sections =
        IntStream.range(0, kinds.length)
            .mapToObj(
                i ->
                    new Section(
                        i,
                        kinds[i],
                        Objects.requireNonNull(codecs.get(kinds[i]), kinds[i] + " has no codec")))
            .toList();
    this.sectionNames = sections.stream().map(Section::name).toArray(String[]::new);
    this.sectionByName =
        sections.stream().collect(Collectors.toUnmodifiableMap(Section::name, s -> s));
    this.fieldNames =
        VERSION_FIELD
            + ", "
            + sections.stream().map(Section::name).collect(Collectors.joining(", "));
  }

  @Override
  String description() {
    return "a dossier";
  }

  @Override
  Dossier read(JsonInput in) {
    if (in.token() != JsonToken.START_OBJECT) {
      throw in.wrongType(description());
    }
    TokenStreamLocation start = in.parser().currentTokenLocation();
    Dossier.Builder builder = Dossier.builder();
    RecordPlaces places = new RecordPlaces(sectionNames);
    Set<String> seen = new HashSet<>();
    while (in.next() == JsonToken.PROPERTY_NAME) {
      String name = in.name();
      Section section = sectionByName.get(name);
      if (section == null && !name.equals(VERSION_FIELD)) {
        in.skipUnknownField(name, "a dossier", fieldNames);
        continue;
      }
      if (!seen.add(name)) {
        throw EntenteJsonException.duplicateKey(in.path(), in.here(), name, "the dossier");
      }
      in.enter(name);
      in.next();
      if (section == null) {
        checkVersion(in);
      } else {
        readSection(in, section, builder, places);
      }
      in.leave();
    }
    if (!seen.contains(VERSION_FIELD)) {
      throw EntenteJsonException.missingFields(
          in.path(), in.position(start), "a dossier", List.of(VERSION_FIELD));
    }
    try {
      return builder.build();
    } catch (InvalidDossierException e) {
      throw invalid(in, e.problems(), places, e);
    }
  }

  private static void checkVersion(JsonInput in) {
    String version = in.string("a format version string, such as \"" + FORMAT_VERSION + "\"");
    Matcher matcher = VERSION.matcher(version);
    if (!matcher.matches()) {
      throw EntenteJsonException.notAFormatVersion(in.path(), in.here(), version, FORMAT_VERSION);
    }
    if (Integer.parseInt(matcher.group(1)) != MAJOR_VERSION) {
      throw EntenteJsonException.unsupportedVersion(
          in.path(), in.here(), version, MAJOR_VERSION, FORMAT_VERSION);
    }
  }

  private void readSection(
      JsonInput in, Section section, Dossier.Builder builder, RecordPlaces places) {
    if (in.token() != JsonToken.START_ARRAY) {
      throw in.wrongType("an array of " + section.name());
    }
    int index = 0;
    while (in.next() != JsonToken.END_ARRAY) {
      TokenStreamLocation location = in.parser().currentTokenLocation();
      in.enter(index);
      DossierRecord record = section.codec.read(in);
      places.add(record.id(), section.index, location);
      index++;
      builder.add(record);
      in.leave();
    }
  }

  private static EntenteJsonException invalid(
      JsonInput in, List<Problem> problems, RecordPlaces places, InvalidDossierException cause) {
    // Ids are unique across kinds; of two records with one id, the later is the one at fault.
    Map<String, RecordPlaces.Place> placeById = places.byId();
    StringBuilder reason =
        new StringBuilder("the dossier has ")
            .append(
                problems.size() == 1
                    ? "1 problem across records:"
                    : problems.size() + " problems across records:");
    String firstPath = null;
    Position firstPosition = Position.NONE;
    for (Problem problem : problems) {
      RecordPlaces.Place place =
          Objects.requireNonNull(
              placeById.get(problem.recordId()), "every record read has its place");
      String path = place.path() + "." + problem.path();
      // Only the line of each record is told, and a line is Jackson's count: no column is worked
      // out.
      int line = place.location().getLineNr();
      if (firstPath == null) {
        firstPath = path;
        firstPosition = in.position(place.location());
      }
      reason.append("\n  ").append(path);
      if (line > 0) {
        reason
            .append(" (")
            .append(problem.recordKind())
            .append(" at line ")
            .append(line)
            .append(')');
      }
      reason.append(": ").append(problem.message());
    }
    return EntenteJsonException.invalidDossier(
        Objects.requireNonNullElse(firstPath, "$"),
        firstPosition,
        reason.toString(),
        problems,
        cause);
  }

  @Override
  void write(Dossier dossier, JsonGenerator out) {
    out.writeStartObject();
    out.writeName(VERSION_FIELD);
    out.writeString(FORMAT_VERSION);
    for (Section section : sections) {
      List<DossierRecord> records = dossier.records(section.kind);
      if (!records.isEmpty()) {
        out.writeName(section.name());
        out.writeStartArray();
        writeAll(records, section.codec, out);
        out.writeEndArray();
      }
    }
    out.writeEndObject();
  }

  @SuppressWarnings("unchecked")
  private static <T extends DossierRecord> void writeAll(
      List<? extends DossierRecord> records, Codec<T> codec, JsonGenerator out) {
    for (DossierRecord record : records) {
      codec.write((T) record, out);
    }
  }
}
