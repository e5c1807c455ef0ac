package dev.entente.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads JMH's JSON results and prints the table of scores and the ratios the targets are set in:
 * speed against plain databind and against a bare token scan, bytes allocated against databind, and
 * how validation and the timeline grow against n log n.
 *
 * <p>The results may come in several files, one per round of forks: each benchmark's measured
 * iterations are pooled across them, so that a machine growing slower or faster during the run
 * weighs on every benchmark alike instead of on those that happened to run at that time.
 */
public final class Ratios {
  private static final String[] SETS = {
    "ConversationBenchmark", "DossierBenchmark", "HistoryBenchmark", "JsonLinesBenchmark"
  };
  private static final Map<String, Integer> RECORDS_PER_OPERATION =
      Map.of(
          "ConversationBenchmark",
          1,
          "DossierBenchmark",
          DossierBenchmark.RECORDS,
          "HistoryBenchmark",
          HistoryBenchmark.RECORDS,
          "JsonLinesBenchmark",
          100_000);

  /**
   * Student's t for a two-sided 99.9% interval, by degrees of freedom from 1 to 30, as JMH's own
   * error margins use; beyond 30, 3.4 is within 4% of it.
   */
  private static final double[] T_999 = {
    636.6, 31.60, 12.92, 8.610, 6.869, 5.959, 5.408, 5.041, 4.781, 4.587, 4.437, 4.318, 4.221,
        4.140, 4.073,
    4.015, 3.965, 3.922, 3.883, 3.850, 3.819, 3.792, 3.768, 3.745, 3.725, 3.707, 3.690, 3.674,
        3.659, 3.646
  };

  /** Every measured iteration of each benchmark, in its unit, pooled across the files. */
  private final Map<String, List<Double>> iterations = new LinkedHashMap<>();

  private final Map<String, String> units = new LinkedHashMap<>();

  /** JMH's bytes allocated per operation, one per file holding the benchmark. */
  private final Map<String, List<Double>> allocations = new LinkedHashMap<>();

  /** The benchmark classes with a ratio whose margin is wider than {@link #WIDEST_MARGIN}. */
  private final List<String> wide = new ArrayList<>();

  /** The most that validation, building and the timeline may grow per tenfold size. */
  private static final double MOST_GROWTH = 12;

  /** The widest margin a ratio is reported with before its benchmarks run again. */
  private static final double WIDEST_MARGIN = 0.10;

  private Ratios() {}

  private void add(JsonNode results) {
    for (JsonNode result : results) {
      String name = result.get("benchmark").asString().replace("dev.entente.benchmarks.", "");
      JsonNode params = result.get("params");
      if (params != null && params.has("records")) {
        name += "[" + params.get("records").asString() + "]";
      }
      JsonNode primary = result.get("primaryMetric");
      units.put(name, primary.get("scoreUnit").asString().replace("/op", ""));
      List<Double> measured = iterations.computeIfAbsent(name, n -> new ArrayList<>());
      for (JsonNode fork : primary.get("rawData")) {
        fork.forEach(iteration -> measured.add(iteration.asDouble()));
      }
      JsonNode secondary = result.get("secondaryMetrics");
      JsonNode norm = secondary == null ? null : secondary.get("gc.alloc.rate.norm");
      if (norm != null) {
        allocations.computeIfAbsent(name, n -> new ArrayList<>()).add(norm.get("score").asDouble());
      }
    }
  }

  /**
   * Prints the table and the ratios.
   *
   * @param args the paths of JMH's JSON results, one or more; {@code --wide-to <file>} writes there
   *     the benchmark classes with a ratio whose margin is wider than 10%, one a line, to run again
   * @throws IOException if the results cannot be read
   */
  public static void main(String[] args) throws IOException {
    Ratios ratios = new Ratios();
    JsonMapper mapper = new JsonMapper();
    Path wideList = null;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--wide-to")) {
        wideList = Path.of(args[++i]);
      } else {
        ratios.add(mapper.readTree(Files.readString(Path.of(args[i]))));
      }
    }
    ratios.print();
    if (wideList != null) {
      Files.write(wideList, ratios.wide);
    }
  }

  private void print() {
    System.out.println();
    System.out.printf(
        "%-44s %12s %14s %12s %16s%n",
        "benchmark", "median", "mean", "error (99.9%)", "allocated B/op");
    iterations.forEach(
        (name, measured) ->
            System.out.printf(
                "%-44s %9.3f %-2s %14.3f %12.3f %16.0f%n",
                name,
                time(name),
                units.get(name),
                mean(measured),
                error(measured),
                allocated(name)));
    System.out.println(
        "(medians of every measured iteration of every fork; the ratios below are of medians;"
            + " the error is half the 99.9% confidence interval of the mean)");
    System.out.println();
    System.out.printf(
        "%-22s %16s %16s %16s %14s %16s%n",
        "", "read speed", "write speed", "read speed /", "allocation", "allocated bytes");
    System.out.printf(
        "%-22s %16s %16s %16s %14s %16s%n",
        "", "/ databind", "/ databind", "token scan", "/ databind", "per record (read)");
    for (String set : SETS) {
      if (!iterations.containsKey(set + ".readEntente")) {
        continue;
      }
      System.out.printf(
          "%-22s %16s %16s %16s %13.2fx %16.0f%n",
          set.replace("Benchmark", ""),
          ratio(set, ".readDatabind", ".readEntente"),
          ratio(set, ".writeDatabind", ".writeEntente"),
          ratio(set, ".readScan", ".readEntente"),
          allocated(set + ".readEntente") / allocated(set + ".readDatabind"),
          allocated(set + ".readEntente") / RECORDS_PER_OPERATION.get(set));
    }
    System.out.println(
        "(a ratio's margin: the relative error margins of its two benchmarks, added in quadrature;"
            + " * marks one wider than 10%, whose benchmarks run again)");
    System.out.println(
        "(targets: read and write at least 1.00x databind, read at least 0.50x the token scan;"
            + " allocation at most 1.00x databind)");
    printSpark();
    printGrowth();
  }

  private void printSpark() {
    if (!iterations.containsKey("SparkLinesBenchmark.readOnSpark")) {
      return;
    }
    double spark = time("SparkLinesBenchmark.readOnSpark");
    double oneJvm = time("SparkLinesBenchmark.readInOneJvm");
    System.out.println();
    System.out.printf(
        "Spark, one core: %,.0f records/s read into a typed data set, against %,.0f by the one-JVM"
            + " JSON Lines reader: %s%n",
        SparkLinesBenchmark.RECORDS / spark * 1000,
        SparkLinesBenchmark.RECORDS / oneJvm * 1000,
        ratio("SparkLinesBenchmark", ".readInOneJvm", ".readOnSpark"));
  }

  private void printGrowth() {
    System.out.println();
    System.out.println(
        "Growth per tenfold size (target: within 12x; n log n alone allows 10 log(10n) / log n):");
    for (String operation : new String[] {"validate", "build", "timeline"}) {
      String previous = null;
      for (String size : new String[] {"1000", "10000", "100000", "1000000"}) {
        String name = "DossierScalingBenchmark." + operation + "[" + size + "]";
        if (!iterations.containsKey(name)) {
          continue;
        }
        if (previous != null) {
          double n = Double.parseDouble(size) / 10;
          double nLogN = 10 * Math.log(10 * n) / Math.log(n);
          double growth = time(name) / time(previous);
          System.out.printf(
              "  %-9s %8s -> %-8s %6.2fx (n log n %5.2fx) %s%n",
              operation,
              Integer.parseInt(size) / 10,
              size,
              growth,
              nLogN,
              growth <= MOST_GROWTH ? "within" : "BEYOND");
        }
        previous = name;
      }
    }
  }

  /**
   * A ratio of two benchmarks' medians, {@code baseline / measured}, with its margin, such as
   * {@code 1.23x ±4%}; one wider than {@link #WIDEST_MARGIN} is marked and its benchmark class
   * listed.
   */
  private String ratio(String set, String baseline, String measured) {
    double margin = Math.hypot(relativeError(set + baseline), relativeError(set + measured));
    if (margin > WIDEST_MARGIN && !wide.contains(set)) {
      wide.add(set);
    }
    return String.format(
        "%.2fx ±%2.0f%%%s",
        time(set + baseline) / time(set + measured),
        margin * 100,
        margin > WIDEST_MARGIN ? "*" : " ");
  }

  private double relativeError(String name) {
    List<Double> measured = iterations.get(name);
    return error(measured) / mean(measured);
  }

  /**
   * The median of every measured iteration of every fork: steadier than the mean on a noisy
   * machine.
   */
  private double time(String name) {
    List<Double> values = new ArrayList<>(iterations.get(name));
    Collections.sort(values);
    int middle = values.size() / 2;
    return values.size() % 2 == 1
        ? values.get(middle)
        : (values.get(middle - 1) + values.get(middle)) / 2;
  }

  private static double mean(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
  }

  private static double error(List<Double> values) {
    int n = values.size();
    if (n < 2) {
      return Double.NaN;
    }
    double mean = mean(values);
    double squares = values.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum();
    double t = n - 1 <= T_999.length ? T_999[n - 2] : 3.4;
    return t * Math.sqrt(squares / (n - 1)) / Math.sqrt(n);
  }

  /**
   * The mean of JMH's bytes per operation across the files: the same in each but for a few bytes.
   */
  private double allocated(String name) {
    List<Double> values = allocations.get(name);
    return values == null ? Double.NaN : mean(values);
  }
}
