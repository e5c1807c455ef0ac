package dev.entente.formats.plover;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.Dossier;
import dev.entente.DossierRecord;
import dev.entente.Place;
import dev.entente.internal.Declaration;
import dev.entente.internal.Declarations;
import dev.entente.internal.Field;
import dev.entente.testing.DossierGenerator;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Holds the tables "read back" of docs/formats.md to the reader: every field of a conversation and
 * a visit is listed, and on generated dossiers (every optional field filled in some records) each
 * is kept, lost or partly kept as its row says.
 */
class PloverTablesTest {
  private static final String KEPT = "kept";
  private static final String LOST = "lost";
  private static final String FIRST_ONLY = "first only";
  private static final String GEONAMES_ONLY = ", but for identifiers other than GeoNames";

  @Test
  void conversationsReadBackAsTheTableSays() throws Exception {
    check(Declarations.CONVERSATION, table("Conversation, read back"));
  }

  @Test
  void visitsReadBackAsTheTableSays() throws Exception {
    check(Declarations.VISIT, table("Visit, read back"));
  }

  private static <T extends DossierRecord> void check(
      Declaration<T, ?> declaration, Map<String, String> rows) {
    assertThat(rows.keySet())
        .as("the table lists every field, in order")
        .containsExactlyElementsOf(declaration.fields().stream().map(Field::name).toList());
    Map<String, Boolean> everFilled = new LinkedHashMap<>();
    int compared = 0;
    for (long seed = 1; seed <= 6; seed++) {
      Dossier dossier = DossierGenerator.withSeed(seed).size(400).dossier();
      PloverImport read =
          PloverReader.read(new StringReader(PloverExport.of(dossier).toJsonLines()), dossier);
      assertThat(read.partsNotKept()).isEmpty();
      for (DossierRecord back : read.records()) {
        if (!declaration.type().isInstance(back)) {
          continue;
        }
        T original = declaration.type().cast(dossier.find(back.id()).orElseThrow());
        T copy = declaration.type().cast(back);
        for (Field<T, ?, ?> field : declaration.fields()) {
          Object before = field.get(original);
          Object after = field.get(copy);
          everFilled.merge(field.name(), !isEmpty(before), Boolean::logicalOr);
          String row = rows.get(field.name());
          assertThat(after)
              .as("%s of %s: %s", field.name(), back.id(), row)
              .isEqualTo(expected(row, before));
        }
        compared++;
      }
    }
    assertThat(compared).isGreaterThan(50);
    assertThat(everFilled)
        .as("every field filled in some generated record")
        .doesNotContainValue(false);
  }

  /**
   * What a field read back must be, by its row: as it was, empty, its first value, its places
   * trimmed.
   */
  private static Object expected(String row, Object before) {
    boolean geonamesOnly = row.endsWith(GEONAMES_ONLY);
    String keeps = geonamesOnly ? row.substring(0, row.length() - GEONAMES_ONLY.length()) : row;
    UnaryOperator<Object> trimmed = geonamesOnly ? PloverTablesTest::geonamesOnly : value -> value;
    return switch (keeps) {
      case KEPT -> trimmed.apply(before);
      case LOST -> before instanceof Optional<?> ? Optional.empty() : List.of();
      case FIRST_ONLY ->
          ((List<?>) before).isEmpty()
              ? List.of()
              : List.of(trimmed.apply(((List<?>) before).get(0)));
      default -> throw new AssertionError("no such entry in a read-back table: " + row);
    };
  }

  private static Object geonamesOnly(Object value) {
    if (value instanceof Optional<?> optional) {
      return optional.map(PloverTablesTest::geonamesOnly);
    }
    Place place = (Place) value;
    Map<String, String> kept = new LinkedHashMap<>();
    String geonames = place.identifiers().get("geonames");
    if (geonames != null) {
      kept.put("geonames", geonames);
    }
    return Place.builder().from(place).identifiers(kept).build();
  }

  private static boolean isEmpty(Object value) {
    return value instanceof Optional<?> optional
        ? optional.isEmpty()
        : value instanceof Collection<?> collection && collection.isEmpty();
  }

  /**
   * The rows of a table of docs/formats.md under a heading: the field (in backticks) and its entry.
   */
  private static Map<String, String> table(String heading) throws Exception {
    List<String> lines = Files.readAllLines(Path.of("../docs/formats.md"));
    int at = lines.indexOf("#### " + heading);
    assertThat(at).as("the heading %s", heading).isNotNegative();
    Map<String, String> rows = new LinkedHashMap<>();
    for (String line : lines.subList(at + 1, lines.size())) {
      if (line.startsWith("#")) {
        break;
      }
      if (line.startsWith("| `")) {
        String[] cells = line.split("\\|", -1);
        rows.put(cells[1].trim().replace("`", ""), cells[2].trim());
      }
    }
    return rows;
  }
}
