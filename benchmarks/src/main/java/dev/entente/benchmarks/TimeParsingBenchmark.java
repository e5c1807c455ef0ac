package dev.entente.benchmarks;

import dev.entente.TimePoint;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Method;
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
 * Whether {@code CanonicalTimes}, the fast reader of the forms {@code TimePoint.toString()} writes,
 * earns its place: {@code TimePoint.parse} (which takes it) against {@code TimePoint.parseAnyForm},
 * the general path it stands in front of, on the same texts, in the same run. The general path is
 * package-private; the benchmarks run on the class path, where it is reached by reflection once.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class TimeParsingBenchmark {
  /** A moment with its offset, and a day: the forms a dossier holds most. */
  @Param({"2021-12-30T15:35-05:00", "2021-12-07"})
  public String text;

  private MethodHandle general;

  /** Finds the general path. */
  @Setup
  public void setUp() throws ReflectiveOperationException {
    Method method = TimePoint.class.getDeclaredMethod("parseAnyForm", String.class);
    method.setAccessible(true);
    general = MethodHandles.lookup().unreflect(method);
  }

  /** The fast path, as every reader takes it. */
  @Benchmark
  public TimePoint canonical() {
    return TimePoint.parse(text);
  }

  /** The general path alone. */
  @Benchmark
  public TimePoint general() throws Throwable {
    return (TimePoint) general.invokeExact(text);
  }
}
