package dev.entente.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.ConversationMode;
import dev.entente.Dossier;
import dev.entente.Span;
import dev.entente.Stage;
import dev.entente.TimePoint;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The generated dossiers reach every shape the model allows: each optional field, list and map of
 * every record and part is filled in some values and left out of others, and every constant of
 * every enum appears. Found by walking the values' own public accessors, so a field added to the
 * model is held to it without changing this test.
 */
class GeneratedVarietyTest {
  /** Fields the rules never leave out or never fill, with the rule that says so. */
  private static final Map<String, String> ALWAYS_OR_NEVER =
      Map.of(
          "Conversation.participants", "at least two participants",
          "Agreement.parties", "at least one party",
          "Agreement.milestones", "at least one milestone",
          "Talks.delegations", "at least one delegation",
          "Characterisation.words", "at least one word",
          "Leader.offices", "at least one office",
          "Visit.visitors", "at least one visitor");

  /**
   * How often each field of the sample is filled and left out, and the enum constants it holds;
   * walked again by each test (not once for the class, so that mutation testing sees each test run
   * the generator).
   */
  private final Map<String, int[]> filledAndEmpty = new TreeMap<>();

  private final Map<Class<?>, Set<String>> constantsSeen =
      new TreeMap<>((a, b) -> a.getName().compareTo(b.getName()));

  private void walkTheSample() {
    IntStream.rangeClosed(1, 60)
        .mapToObj(seed -> DossierGenerator.withSeed(seed).size(60).dossier())
        .map(Dossier::records)
        .flatMap(List::stream)
        .forEach(this::walk);
  }

  @Test
  void fillsEveryOptionalFieldListAndMapInSomeValuesAndLeavesItOutOfOthers() {
    walkTheSample();
    assertThat(filledAndEmpty)
        .containsKeys("Conversation.initiator", "Place.localities", "Party.identifiers");
    List<String> alwaysFilled = new ArrayList<>();
    List<String> neverFilled = new ArrayList<>();
    filledAndEmpty.forEach(
        (field, counts) -> {
          if (counts[0] == 0) {
            neverFilled.add(field);
          }
          if (counts[1] == 0 && !ALWAYS_OR_NEVER.containsKey(field)) {
            alwaysFilled.add(field);
          }
        });
    assertThat(neverFilled).as("fields never filled").isEmpty();
    assertThat(alwaysFilled).as("fields never left out").isEmpty();
    assertThat(ALWAYS_OR_NEVER.keySet()).allMatch(filledAndEmpty::containsKey);
  }

  @Test
  void givesEveryConstantOfEveryEnum() {
    walkTheSample();
    // Stage is held by a part, a milestone: the walk reaches parts too.
    assertThat(constantsSeen).containsKeys(ConversationMode.class, Stage.class);
    // Time points are walked for their precision, qualifier and bound.
    assertThat(constantsSeen)
        .containsKeys(TimePoint.Precision.class, TimePoint.Qualifier.class, TimePoint.Bound.class);
    constantsSeen.forEach(
        (type, seen) ->
            assertThat(seen)
                .as(type.getSimpleName())
                .containsExactlyInAnyOrderElementsOf(
                    Stream.of(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList()));
  }

  /** Walks a record or part through its public accessors, counting each field filled or empty. */
  private void walk(Object value) {
    for (Method accessor : value.getClass().getSuperclass().getDeclaredMethods()) {
      if (!Modifier.isPublic(accessor.getModifiers())
          || !Modifier.isAbstract(accessor.getModifiers())
          || accessor.getParameterCount() != 0) {
        continue;
      }
      Object held = get(accessor, value);
      String field = value.getClass().getSuperclass().getSimpleName() + "." + accessor.getName();
      Collection<?> elements =
          held instanceof Optional<?> optional
              ? optional.stream().toList()
              : held instanceof Collection<?> collection
                  ? collection
                  : held instanceof Map<?, ?> map ? map.values() : null;
      if (elements == null) {
        elements = List.of(held);
      } else {
        filledAndEmpty.computeIfAbsent(field, f -> new int[2])[elements.isEmpty() ? 1 : 0]++;
      }
      elements.forEach(this::walkElement);
    }
  }

  private void walkElement(Object element) {
    if (element instanceof Span span) {
      walkElement(span.start());
      span.end().ifPresent(this::walkElement);
    } else if (element instanceof TimePoint point) {
      walkElement(point.precision());
      point.qualifier().ifPresent(this::walkElement);
      point.bound().ifPresent(this::walkElement);
    } else if (element instanceof Enum<?> constant) {
      constantsSeen
          .computeIfAbsent(constant.getDeclaringClass(), c -> new TreeSet<>())
          .add(constant.name());
    } else if (element.getClass().getPackageName().equals("dev.entente")
        && element.getClass().getSimpleName().startsWith("Immutable")) {
      walk(element);
    }
  }

  private static Object get(Method accessor, Object value) {
    try {
      return accessor.invoke(value);
    } catch (ReflectiveOperationException e) {
      throw new LinkageError("cannot read " + accessor, e);
    }
  }
}
