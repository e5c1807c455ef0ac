package dev.entente.benchmarks;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Whether the model's pairwise search for a repeated element of a short list earns its place: the
 * pairwise path against the hash set it stands in front of, on distinct lists of ids as long as a
 * record's lists are, in the same run. Both are package-private; the benchmarks run on the class
 * path, where they are reached by reflection once.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class DuplicatesBenchmark {
  /** The length of the list. */
  @Param({"2", "4", "16"})
  public int size;

  private List<String> ids;
  private MethodHandle pairwise;
  private MethodHandle hashed;

  /** Makes the list and finds the two paths. */
  @Setup
  public void setUp() throws ReflectiveOperationException {
    ids = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      ids.add("leader-" + i);
    }
    pairwise = path("pairwise");
    hashed = path("hashed");
  }

  private static MethodHandle path(String name) throws ReflectiveOperationException {
    Method method = Class.forName("dev.entente.Duplicates").getDeclaredMethod(name, List.class);
    method.setAccessible(true);
    return MethodHandles.lookup().unreflect(method);
  }

  /** Pair by pair, as the model checks short lists. */
  @Benchmark
  public Object pairwise() throws Throwable {
    return pairwise.invoke(ids);
  }

  /** Through a hash set, as the model checks long lists. */
  @Benchmark
  public Object hashed() throws Throwable {
    return hashed.invoke(ids);
  }
}
