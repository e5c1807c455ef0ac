package dev.entente.spark.testing;

import dev.entente.DossierDiff;
import dev.entente.DossierRecord;
import java.util.Collection;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.assertj.core.api.AbstractAssert;
import org.jspecify.annotations.Nullable;

/**
 * Assertions on a {@code Dataset} of records, made by {@link EntenteSparkAssertions#assertThat(
 * Dataset)}: the data set is collected to the driver once, at the first check.
 *
 * @param <T> the record type
 */
public final class RecordDatasetAssert<T extends DossierRecord>
    extends AbstractAssert<RecordDatasetAssert<T>, Dataset<T>> {
  private @Nullable List<T> collected;

  RecordDatasetAssert(Dataset<T> actual) {
    super(actual, RecordDatasetAssert.class);
  }

  /**
   * Checks that the data set holds exactly the expected records, in any order; when it does not,
   * the message lists the differences: {@code + kind "id"} for a record only the data set holds,
   * {@code - kind "id"} for one only expected, and {@code ~ kind "id"} for a record both hold,
   * followed by each field that differs as {@code path: expected -> actual}.
   *
   * @param expected the expected records, each id once
   * @return this assertion
   */
  public RecordDatasetAssert<T> containsExactlyRecords(Collection<? extends T> expected) {
    List<T> records = records();
    DossierDiff diff;
    try {
      diff = DossierDiff.between(expected, records);
    } catch (IllegalArgumentException twice) {
      failWithMessage(
          "%nCannot compare the data set with the expected records: %s", twice.getMessage());
      return myself;
    }
    if (!diff.isEmpty()) {
      failWithMessage(
          "%nExpecting the data set to hold exactly the expected records, but they differ"
              + " (+ only in the data set, - only expected, ~ expected -> actual):%n%s",
          diff);
    }
    return myself;
  }

  /**
   * Checks the number of records.
   *
   * @param count the expected number
   * @return this assertion
   */
  public RecordDatasetAssert<T> hasRecordCount(long count) {
    int size = records().size();
    if (size != count) {
      failWithMessage("%nExpecting the data set to hold %d records, but it holds %d", count, size);
    }
    return myself;
  }

  private List<T> records() {
    isNotNull();
    List<T> records = collected;
    if (records == null) {
      records = actual.collectAsList();
      collected = records;
    }
    return records;
  }
}
