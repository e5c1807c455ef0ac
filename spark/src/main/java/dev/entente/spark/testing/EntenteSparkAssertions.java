package dev.entente.spark.testing;

import dev.entente.DossierRecord;
import dev.entente.spark.JsonLinesRead;
import org.apache.spark.sql.Dataset;

/**
 * AssertJ assertions for tests of Spark transformations of Entente's records: a data set compared
 * with the records expected of it, the difference told record by record and field by field, as
 * {@code DossierAssert} tells it. AssertJ is an optional dependency of this module: a test that
 * uses these assertions has it on its class path.
 *
 * <pre>{@code
 * Dataset<Conversation> calls = myJob.transform(input);
 * assertThat(calls).containsExactlyRecords(expectedCalls);
 * assertThat(EntenteSpark.of(spark).readLines(Conversation.class, dir)).hasNoErrors();
 * }</pre>
 */
public final class EntenteSparkAssertions {
  private EntenteSparkAssertions() {}

  /**
   * Starts an assertion on a data set of records, which collects it to the driver.
   *
   * @param <T> the record type
   * @param actual the data set under test
   * @return the assertion
   */
  public static <T extends DossierRecord> RecordDatasetAssert<T> assertThat(Dataset<T> actual) {
    return new RecordDatasetAssert<>(actual);
  }

  /**
   * Starts an assertion on JSON Lines read on Spark.
   *
   * @param <T> the record type
   * @param actual the read under test
   * @return the assertion
   */
  public static <T extends DossierRecord> JsonLinesReadAssert<T> assertThat(
      JsonLinesRead<T> actual) {
    return new JsonLinesReadAssert<>(actual);
  }
}
