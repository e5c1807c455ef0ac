package dev.entente.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entente.Dossier;
import dev.entente.DossierRecord;
import dev.entente.Problem;
import dev.entente.RecordKind;
import dev.entente.testing.DossierGenerator;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules across records on Spark, held to the dossier's own validation. */
class RulesOnSparkTest {
  private static final SparkSession SPARK = LocalSpark.session();

  @ParameterizedTest(name = "named records sent to the executors up to {0}")
  @ValueSource(longs = {RulesOnSpark.BROADCAST_LIMIT, 0})
  void plantedDefectsGiveTheProblemsTheDossierGives(long broadcastLimit) {
    EnumSet<Problem.Kind> found = EnumSet.noneOf(Problem.Kind.class);
    for (long seed = 1; seed <= 4; seed++) {
      List<DossierRecord> records = DossierGenerator.withSeed(seed).recordsWithDefects();
      List<Dataset<? extends DossierRecord>> datasets = new ArrayList<>();
      List<DossierRecord> inDatasetOrder = new ArrayList<>();
      for (RecordKind kind : RecordKind.values()) {
        add(kind.type(), records, datasets, inDatasetOrder);
      }

      List<Problem> problems =
          RulesOnSpark.problems(datasets, broadcastLimit).collectAsList().stream()
              .map(RulesOnSpark::toProblem)
              .toList();

      assertThat(problems)
          .as("seed %d", seed)
          .isNotEmpty()
          .isEqualTo(Dossier.builder().addAll(inDatasetOrder).validate());
      problems.forEach(problem -> found.add(problem.kind()));
    }
    assertThat(found).containsExactlyInAnyOrder(Problem.Kind.values());
  }

  @Test
  void aValidDossierOfThousandsOfRecordsHasNoProblems() {
    Dossier dossier = DossierGenerator.withSeed(11).size(3_000).dossier();
    List<Dataset<? extends DossierRecord>> datasets = new ArrayList<>();
    for (RecordKind kind : RecordKind.values()) {
      add(kind.type(), dossier.records(), datasets, new ArrayList<>());
    }

    Dataset<Row> problems = RulesOnSpark.problems(datasets);

    assertThat(problems.columns())
        .containsExactly("kind", "severity", "recordKind", "recordId", "path", "message");
    assertThat(problems.count()).isZero();
  }

  @Test
  void somethingToCheckIsNeeded() {
    assertThatThrownBy(() -> RulesOnSpark.problems(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no data sets to check");
  }

  /** The records of one kind as a data set of their own, if there are any. */
  private static <T extends DossierRecord> void add(
      Class<T> type,
      List<DossierRecord> records,
      List<Dataset<? extends DossierRecord>> datasets,
      List<DossierRecord> inDatasetOrder) {
    List<T> ofKind = records.stream().filter(type::isInstance).map(type::cast).toList();
    if (!ofKind.isEmpty()) {
      datasets.add(SPARK.createDataset(ofKind, RecordEncoders.of(type)));
      inDatasetOrder.addAll(ofKind);
    }
  }
}
