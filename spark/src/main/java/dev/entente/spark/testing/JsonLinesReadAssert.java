package dev.entente.spark.testing;

import dev.entente.DossierRecord;
import dev.entente.spark.JsonLinesRead;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on JSON Lines read on Spark, made by {@link EntenteSparkAssertions#assertThat(
 * JsonLinesRead)}.
 *
 * @param <T> the record type
 */
public final class JsonLinesReadAssert<T extends DossierRecord>
    extends AbstractAssert<JsonLinesReadAssert<T>, JsonLinesRead<T>> {
  private static final int ERRORS_SHOWN = 20;

  JsonLinesReadAssert(JsonLinesRead<T> actual) {
    super(actual, JsonLinesReadAssert.class);
  }

  /**
   * Checks that every line was read as a record; when not, the message lists the first refused
   * lines with their file, line, column and why.
   *
   * @return this assertion
   */
  public JsonLinesReadAssert<T> hasNoErrors() {
    isNotNull();
    long count = actual.errors().count();
    if (count > 0) {
      List<Row> first = actual.errors().limit(ERRORS_SHOWN).collectAsList();
      failWithMessage(
          "%nExpecting every line to be a record, but %d were refused, among them:%n%s",
          count,
          first.stream()
              .map(
                  row ->
                      String.format(
                          "  %s, line %d, column %d: %s at %s: %s",
                          row.getAs("file"),
                          row.<Integer>getAs("line"),
                          row.<Integer>getAs("column"),
                          row.getAs("kind"),
                          row.getAs("path"),
                          row.getAs("message")))
              .collect(Collectors.joining(System.lineSeparator())));
    }
    return myself;
  }
}
