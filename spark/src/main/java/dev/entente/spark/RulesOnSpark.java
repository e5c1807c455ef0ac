package dev.entente.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.struct;

import dev.entente.DossierRecord;
import dev.entente.Problem;
import dev.entente.RecordKind;
import dev.entente.RulesAcrossRecords;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;

/**
 * The rules across records, checked on Spark with joins, for records that do not fit one machine:
 * the same problems as {@link dev.entente.Dossier.Builder#validate()} gives for the same records in
 * the same order. Each record meets the records it names (the first of each id, as a dossier takes
 * it) and is checked by Entente's own rules ({@link RulesAcrossRecords}); ids used twice are found
 * by grouping the records by id.
 *
 * <p>The records are encoded once, when {@link #problems(List)} is called (a Spark job), and kept
 * on the executors while the problems are in use. The records that others name are then counted: up
 * to {@value #BROADCAST_LIMIT} (leaders, parties, topics and sources, in most data), they are sent
 * to every executor and each record is checked where it is; more, and the references are joined
 * with them by a shuffle.
 *
 * <pre>{@code
 * Dataset<Row> problems = RulesOnSpark.problems(List.of(parties, leaders, conversations));
 * problems.filter("severity = 'ERROR'").show();
 * }</pre>
 */
public final class RulesOnSpark {
  /** The most named records sent to every executor rather than joined by a shuffle. */
  static final long BROADCAST_LIMIT = 200_000;

  /** The columns of a problem, as {@link #problems(List)} gives them. */
  private static final StructType PROBLEM =
      DataTypes.createStructType(
          List.of(
              DataTypes.createStructField("kind", DataTypes.StringType, false),
              DataTypes.createStructField("severity", DataTypes.StringType, false),
              DataTypes.createStructField("recordKind", DataTypes.StringType, false),
              DataTypes.createStructField("recordId", DataTypes.StringType, false),
              DataTypes.createStructField("path", DataTypes.StringType, false),
              DataTypes.createStructField("message", DataTypes.StringType, false)));

  /** A problem with its place: its record's, then its own among the record's. */
  private static final StructType PLACED_PROBLEM =
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

  /** A record as the checks carry it: its id and kind, its JSON, and the ids it names. */
  private static final StructType ENVELOPE =
      DataTypes.createStructType(
          List.of(
              DataTypes.createStructField("id", DataTypes.StringType, false),
              DataTypes.createStructField("recordKind", DataTypes.StringType, false),
              DataTypes.createStructField("json", DataTypes.BinaryType, false),
              DataTypes.createStructField(
                  "named", DataTypes.createArrayType(DataTypes.StringType, false), false)));

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
   * @throws IllegalArgumentException if no data set is given
   */
  public static Dataset<Row> problems(List<? extends Dataset<? extends DossierRecord>> datasets) {
    return problems(datasets, BROADCAST_LIMIT);
  }

  static Dataset<Row> problems(
      List<? extends Dataset<? extends DossierRecord>> datasets, long broadcastLimit) {
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
    // Encoded once; the positions are fixed here, whatever is evaluated again later.
    Dataset<Row> encoded = Objects.requireNonNull(records).localCheckpoint(true);
    Dataset<Row> placed = withFirstOfId(encoded);
    Dataset<Row> named = namedRecords(encoded);
    Dataset<Row> checked =
        named.count() <= broadcastLimit
            ? checkedWhereTheyAre(placed, named)
            : checkedAfterAShuffle(placed, named);
    return checked.orderBy("dataset", "position", "ordinal").drop("dataset", "position", "ordinal");
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
                    RecordRows.Json.ENTENTE.writeBytes(record),
                    RulesAcrossRecords.namedIds(record).toArray(new String[0])),
        Encoders.row(ENVELOPE));
  }

  /**
   * Each record with the place and kind of the first record of its id ({@code firstDataset}, {@code
   * firstPosition}, {@code firstKind}): grouped by id on the records' places alone.
   */
  private static Dataset<Row> withFirstOfId(Dataset<Row> records) {
    Dataset<Row> firsts =
        records
            .groupBy(col("id").as("firstId"))
            .agg(
                min(struct(col("dataset"), col("position"), col("recordKind"))).as("first"),
                count(lit(1)).as("uses"))
            .filter(col("uses").gt(1));
    // Only ids used twice are joined: few, in most data.
    return records
        .join(firsts, col("id").equalTo(col("firstId")), "left")
        .withColumn("firstDataset", col("first.dataset"))
        .withColumn("firstPosition", col("first.position"))
        .withColumn("firstKind", col("first.recordKind"))
        .drop("firstId", "first", "uses");
  }

  /**
   * The first record of each id that a record names: {@code id}, {@code recordKind}, {@code json}.
   */
  private static Dataset<Row> namedRecords(Dataset<Row> records) {
    Dataset<Row> namedIds = records.select(explode(col("named")).as("namedId")).distinct();
    Dataset<Row> firstOfEach =
        records
            .join(namedIds, col("id").equalTo(col("namedId")), "left_semi")
            .groupBy("id")
            .agg(
                min(struct(col("dataset"), col("position"), col("recordKind"), col("json")))
                    .as("first"));
    return firstOfEach.select(
        col("id"), col("first.recordKind").as("recordKind"), col("first.json").as("json"));
  }

  /** The named records sent to every executor; each record checked in its partition. */
  private static Dataset<Row> checkedWhereTheyAre(Dataset<Row> records, Dataset<Row> named) {
    Map<String, Row> byId = new HashMap<>();
    for (Row row : named.collectAsList()) {
      byId.put(row.getString(0), RowFactory.create(row.getString(1), row.get(2)));
    }
    Broadcast<Map<String, Row>> sent =
        JavaSparkContext.fromSparkContext(records.sparkSession().sparkContext()).broadcast(byId);
    return records.mapPartitions(
        (MapPartitionsFunction<Row, Row>)
            partition -> {
              Lookup lookup = new Lookup(id -> sent.value().get(id));
              return Partitions.stream(partition)
                  .flatMap(record -> check(record, lookup).stream())
                  .iterator();
            },
        Encoders.row(PLACED_PROBLEM));
  }

  /** Each reference joined with the record it names, gathered by record, then checked. */
  private static Dataset<Row> checkedAfterAShuffle(Dataset<Row> records, Dataset<Row> named) {
    Dataset<Row> targets =
        records
            .select(col("dataset"), col("position"), explode(col("named")).as("namedId"))
            .join(named, col("namedId").equalTo(col("id")))
            .groupBy("dataset", "position")
            .agg(
                collect_list(struct(col("namedId"), col("recordKind"), col("json"))).as("targets"));
    return records
        .join(targets, new String[] {"dataset", "position"}, "left")
        .flatMap(
            (FlatMapFunction<Row, Row>)
                record -> {
                  Map<String, Row> byId = new HashMap<>();
                  if (!record.isNullAt(record.fieldIndex("targets"))) {
                    for (Row target : record.<Row>getList(record.fieldIndex("targets"))) {
                      byId.put(
                          target.getString(0),
                          RowFactory.create(target.getString(1), target.get(2)));
                    }
                  }
                  return check(record, new Lookup(byId::get)).iterator();
                },
            Encoders.row(PLACED_PROBLEM));
  }

  /** Named records by id, each decoded once. */
  private static final class Lookup implements Function<String, @Nullable DossierRecord> {
    private final Function<String, @Nullable Row> encoded;
    private final Map<String, DossierRecord> decoded = new HashMap<>();

    Lookup(Function<String, @Nullable Row> encoded) {
      this.encoded = encoded;
    }

    @Override
    public @Nullable DossierRecord apply(String id) {
      DossierRecord record = decoded.get(id);
      if (record == null) {
        Row row = encoded.apply(id);
        if (row == null) {
          return null;
        }
        record = decode(row.getString(0), (byte[]) row.get(1));
        decoded.put(id, record);
      }
      return record;
    }
  }

  private static List<Row> check(Row row, Lookup lookup) {
    DossierRecord record = decode(row.getAs("recordKind"), row.getAs("json"));
    List<Problem> problems = new ArrayList<>();
    int dataset = row.getAs("dataset");
    long position = row.getAs("position");
    if (!row.isNullAt(row.fieldIndex("firstKind"))
        && (row.<Integer>getAs("firstDataset") != dataset
            || row.<Long>getAs("firstPosition") != position)) {
      problems.add(
          RulesAcrossRecords.duplicateId(record, RecordKind.valueOf(row.getAs("firstKind"))));
    }
    problems.addAll(RulesAcrossRecords.check(record, lookup));
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
    return rows;
  }

  private static DossierRecord decode(String kind, byte[] json) {
    return RecordRows.Json.ENTENTE.read(json, RecordKind.valueOf(kind).type());
  }
}
