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
 * speed against plain databind and against a bare token scan, bytes allocated against databind,
 * and how validation and the timeline grow against n log n.
 */
public final class Ratios {
  private static final String[] SETS = {"ConversationBenchmark", "DossierBenchmark", "JsonLinesBenchmark"};
  private static final Map<String, Integer> RECORDS_PER_OPERATION =
      Map.of("ConversationBenchmark", 1, "DossierBenchmark", 8_924, "JsonLinesBenchmark", 100_000);

  private final Map<String, JsonNode> results = new LinkedHashMap<>();

  private Ratios(JsonNode all) {
    for (JsonNode result : all) {
      String name = result.get("benchmark").asString().replace("dev.entente.benchmarks.", "");
      JsonNode params = result.get("params");
      if (params != null && params.has("records")) {
        name += "[" + params.get("records").asString() + "]";
      }
      results.put(name, result);
    }
  }

  /**
   * Prints the table and the ratios.
   *
   * @param args the path of JMH's JSON results
   * @throws IOException if the results cannot be read
   */
  public static void main(String[] args) throws IOException {
    new Ratios(new JsonMapper().readTree(Files.readString(Path.of(args[0])))).print();
  }

  private void print() {
    System.out.println();
    System.out.printf("%-44s %12s %14s %12s %16s%n", "benchmark", "median", "mean", "error (99.9%)", "allocated B/op");
    results.forEach(
        (name, result) -> {
          JsonNode primary = result.get("primaryMetric");
          System.out.printf(
              "%-44s %9.3f %-2s %14.3f %12.3f %16.0f%n",
              name,
              time(name),
              primary.get("scoreUnit").asString().replace("/op", ""),
              primary.get("score").asDouble(),
              primary.get("scoreError").asDouble(),
              allocated(name));
        });
    System.out.println("(medians of every measured iteration of every fork; the ratios below are of medians)");
    System.out.println();
    System.out.printf("%-22s %12s %12s %14s %14s %16s%n", "", "read speed", "write speed", "read speed /", "allocation", "allocated bytes");
    System.out.printf("%-22s %12s %12s %14s %14s %16s%n", "", "/ databind", "/ databind", "token scan", "/ databind", "per record (read)");
    for (String set : SETS) {
      if (!results.containsKey(set + ".readEntente")) {
        continue;
      }
      System.out.printf(
          "%-22s %11.2fx %11.2fx %13.2fx %13.2fx %16.0f%n",
          set.replace("Benchmark", ""),
          time(set + ".readDatabind") / time(set + ".readEntente"),
          time(set + ".writeDatabind") / time(set + ".writeEntente"),
          time(set + ".readScan") / time(set + ".readEntente"),
          allocated(set + ".readEntente") / allocated(set + ".readDatabind"),
          allocated(set + ".readEntente") / RECORDS_PER_OPERATION.get(set));
    }
    System.out.println("(targets: speed at least 1.00x databind and 0.25x the token scan; allocation at most 1.50x databind)");
    printGrowth();
  }

  private void printGrowth() {
    System.out.println();
    System.out.println("Growth per tenfold size, against n log n (the bound is 10 log(10n) / log n):");
    for (String operation : new String[] {"validate", "build", "timeline"}) {
      String previous = null;
      for (String size : new String[] {"1000", "10000", "100000", "1000000"}) {
        String name = "DossierScalingBenchmark." + operation + "[" + size + "]";
        if (!results.containsKey(name)) {
          continue;
        }
        if (previous != null) {
          double n = Double.parseDouble(size) / 10;
          double bound = 10 * Math.log(10 * n) / Math.log(n);
          double growth = time(name) / time(previous);
          System.out.printf("  %-9s %8s -> %-8s %6.2fx (bound %5.2fx) %s%n",
              operation, Integer.parseInt(size) / 10, size, growth, bound, growth <= bound ? "within" : "BEYOND");
        }
        previous = name;
      }
    }
  }

  /** The median of every measured iteration of every fork: steadier than the mean on a noisy machine. */
  private double time(String name) {
    List<Double> values = new ArrayList<>();
    for (JsonNode fork : results.get(name).get("primaryMetric").get("rawData")) {
      fork.forEach(iteration -> values.add(iteration.asDouble()));
    }
    Collections.sort(values);
    int middle = values.size() / 2;
    return values.size() % 2 == 1 ? values.get(middle) : (values.get(middle - 1) + values.get(middle)) / 2;
  }

  private double allocated(String name) {
    JsonNode secondary = results.get(name).get("secondaryMetrics");
    JsonNode norm = secondary == null ? null : secondary.get("gc.alloc.rate.norm");
    return norm == null ? Double.NaN : norm.get("score").asDouble();
  }
}
