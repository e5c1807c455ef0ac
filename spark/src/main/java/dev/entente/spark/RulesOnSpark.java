package dev.entente.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.struct;

import dev.entente.DossierRecord;
import dev.entente.Problem;
import dev.entente.RecordKind;
import dev.entente.RulesAcrossRecords;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The rules across records, checked on Spark with joins, for records that do not fit one machine:
 * the same problems as {@link dev.entente.Dossier.Builder#validate()} gives for the same records in
 * the same order. Each record is joined with the records it names (the first of each id, as a
 * dossier takes it) and checked by Entente's own rules ({@link RulesAcrossRecords}); ids used twice
 * are found by grouping by id.
 *
 * <pre>{@code
 * Dataset<Row> problems = RulesOnSpark.problems(List.of(parties, leaders, conversations));
 * problems.filter("severity = 'ERROR'").show();
 * }</pre>
 */
public final class RulesOnSpark {
  /** The columns of a problem, in the order {@link #problems(List)} gives them. */
  private static final StructType PROBLEM =
      DataTypes.createStructType(
          List.of(
              DataTypes.createStructField("kind", DataTypes.StringType, false),
              DataTypes.createStructField("severity", DataTypes.StringType, false),
              DataTypes.createStructField("recordKind", DataTypes.StringType, false),
              DataTypes.createStructField("recordId", DataTypes.StringType, false),
              DataTypes.createStructField("path", DataTypes.StringType, false),
              DataTypes.createStructField("message", DataTypes.StringType, false)));

  /** A record as the checks carry it: where it stands, its id and kind, and its JSON. */
  private static final StructType ENVELOPE =
      DataTypes.createStructType(
          List.of(
              DataTypes.createStructField("id", DataTypes.StringType, false),
              DataTypes.createStructField("recordKind", DataTypes.StringType, false),
              DataTypes.createStructField("json", DataTypes.BinaryType, false)));

  private RulesOnSpark() {}

  /**
   * Checks the rules across records of several data sets, one for each kind or more, taken as one
   * dossier in the order given, each in its own order.
   *
   * @param datasets the records
   * @return one row for each problem, in the order of the records (and within a record, in the
   *     order {@link dev.entente.Dossier.Builder#validate()} lists them): {@code kind} and {@code
   *     severity} (names of {@link Problem.Kind} and {@link Problem.Severity}), {@code recordKind}
   *     (a name of {@link RecordKind}), {@code recordId}, {@code path} and {@code message}
   */
  public static Dataset<Row> problems(List<? extends Dataset<? extends DossierRecord>> datasets) {
    if (datasets.isEmpty()) {
      throw new IllegalArgumentException("no data sets to check");
    }
    Dataset<Row> records = null;
    for (int i = 0; i < datasets.size(); i++) {
      Dataset<Row> one =
          envelopes(Objects.requireNonNull(datasets.get(i), "datasets[" + i + "]"))
              .withColumn("dataset", lit(i))
              .withColumn("position", monotonically_increasing_id());
      records = records == null ? one : records.unionByName(one);
    }
    return problemsOf(Objects.requireNonNull(records));
  }

  /**
   * Returns a problem that {@link #problems(List)} gave as a row.
   *
   * @param row a row of {@link #problems(List)}
   * @return the problem
   */
  public static Problem toProblem(Row row) {
    return new Problem(
        Problem.Kind.valueOf(row.getAs("kind")),
        RecordKind.valueOf(row.getAs("recordKind")),
        row.getAs("recordId"),
        row.getAs("path"),
        row.getAs("message"));
  }

  private static <T extends DossierRecord> Dataset<Row> envelopes(Dataset<T> dataset) {
    return dataset.map(
        (MapFunction<T, Row>)
            record ->
                RowFactory.create(
                    record.id(),
                    record.recordKind().name(),
                    RecordRows.Json.ENTENTE.writeBytes(record)),
        Encoders.row(ENVELOPE));
  }

  private static Dataset<Row> problemsOf(Dataset<Row> records) {
    // The first record of each id, which every reference to the id names.
    Dataset<Row> numbered =
        records.withColumn(
            "nth", row_number().over(Window.partitionBy("id").orderBy("dataset", "position")));
    Dataset<Row> firsts =
        numbered
            .filter(col("nth").equalTo(1))
            .select(
                col("id").as("firstId"),
                col("recordKind").as("firstKind"),
                col("json").as("firstJson"));
    // Each record's named ids, with the record of each id, null for none.
    Dataset<Row> named =
        records
            .flatMap(
                (FlatMapFunction<Row, Row>) RulesOnSpark::namedIds,
                Encoders.row(
                    DataTypes.createStructType(
                        List.of(
                            DataTypes.createStructField("dataset", DataTypes.IntegerType, false),
                            DataTypes.createStructField("position", DataTypes.LongType, false),
                            DataTypes.createStructField("namedId", DataTypes.StringType, false)))))
            .join(firsts, col("namedId").equalTo(col("firstId")), "left")
            .groupBy("dataset", "position")
            .agg(
                collect_list(struct(col("namedId"), col("firstKind"), col("firstJson")))
                    .as("named"));
    Dataset<Row> checked =
        numbered
            .join(firsts, numbered.col("id").equalTo(firsts.col("firstId")), "left")
            .join(named, new String[] {"dataset", "position"}, "left")
            .flatMap((FlatMapFunction<Row, Row>) RulesOnSpark::check, Encoders.row(ORDERED));
    return checked.orderBy("dataset", "position", "ordinal").drop("dataset", "position", "ordinal");
  }

  /** A problem with where it stands: its record's place, and its own place among the record's. */
  private static final StructType ORDERED =
      DataTypes.createStructType(
          List.of(
              DataTypes.createStructField("dataset", DataTypes.IntegerType, false),
              DataTypes.createStructField("position", DataTypes.LongType, false),
              DataTypes.createStructField("ordinal", DataTypes.IntegerType, false),
              PROBLEM.fields()[0],
              PROBLEM.fields()[1],
              PROBLEM.fields()[2],
              PROBLEM.fields()[3],
              PROBLEM.fields()[4],
              PROBLEM.fields()[5]));

  private static Iterator<Row> namedIds(Row record) {
    int dataset = record.getAs("dataset");
    long position = record.getAs("position");
    List<Row> named = new ArrayList<>();
    for (String id :
        RulesAcrossRecords.namedIds(decode(record.getAs("recordKind"), record.getAs("json")))) {
      named.add(RowFactory.create(dataset, position, id));
    }
    return named.iterator();
  }

  private static Iterator<Row> check(Row row) {
    DossierRecord record = decode(row.getAs("recordKind"), row.getAs("json"));
    List<Problem> problems = new ArrayList<>();
    int nth = row.getAs("nth");
    if (nth > 1) {
      problems.add(
          RulesAcrossRecords.duplicateId(
              record, decode(row.getAs("firstKind"), row.getAs("firstJson"))));
    }
    Map<String, DossierRecord> named = new HashMap<>();
    List<Row> targets =
        row.isNullAt(row.fieldIndex("named")) ? List.of() : row.getList(row.fieldIndex("named"));
    for (Row target : targets) {
      if (!target.isNullAt(1)) {
        named.put(target.getString(0), decode(target.getString(1), (byte[]) target.get(2)));
      }
    }
    problems.addAll(RulesAcrossRecords.check(record, named::get));
    int dataset = row.getAs("dataset");
    long position = row.getAs("position");
    List<Row> rows = new ArrayList<>(problems.size());
    for (int i = 0; i < problems.size(); i++) {
      Problem problem = problems.get(i);
      rows.add(
          RowFactory.create(
              dataset,
              position,
              i,
              problem.kind().name(),
              problem.severity().name(),
              problem.recordKind().name(),
              problem.recordId(),
              problem.path(),
              problem.message()));
    }
    return rows.iterator();
  }

  private static DossierRecord decode(String kind, byte[] json) {
    return RecordRows.Json.ENTENTE.read(json, RecordKind.valueOf(kind).type());
  }
}
