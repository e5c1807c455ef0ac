package dev.entente;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Time points and durations at the edges of what the model holds, through every rule and query that
 * computes with times: a span is either refused when it is built, with the model's message, or
 * every rule and query on it answers without throwing.
 */
class ExtremeTimesPropertyTest {
  private static final List<String> EXTREME_POINTS =
      List.of(
          "0001",
          "0001-01",
          "0001-01-01",
          "0001-01-01T00:00+18:00",
          "0001-01-01T00:00-18:00",
          "9999",
          "9999-12",
          "9999-12-31",
          "9999-12-31T23:59:59.999999999-18:00",
          "9999-12-31T23:59:59.999999999+18:00",
          "2021-12-30T15:35-05:00");

  private static final List<Duration> EXTREME_DURATIONS =
      List.of(
          Duration.ZERO,
          Duration.ofNanos(1),
          Duration.ofMinutes(50),
          Duration.ofDays(3_652_058),
          Duration.ofDays(3_652_059),
          Duration.ofDays(3_652_060),
          Duration.ofSeconds(Long.MAX_VALUE),
          Duration.ofSeconds(Long.MAX_VALUE, 999_999_999),
          Duration.ofSeconds(Long.MIN_VALUE));

  private static final List<LocalDate> EXTREME_DAYS =
      List.of(
          LocalDate.MIN,
          LocalDate.of(1, 1, 1),
          LocalDate.of(2021, 12, 31),
          LocalDate.of(9999, 12, 31),
          LocalDate.MAX);

  private static final List<ZoneId> ZONES =
      List.of(
          ZoneOffset.MIN,
          ZoneOffset.MAX,
          ZoneId.of("Pacific/Kiritimati"),
          ZoneId.of("Europe/Moscow"));

  /**
   * Every span the extreme points and durations make: start alone, with an end, a duration, or
   * both.
   */
  static Stream<Object[]> spans() {
    List<Object[]> spans = new ArrayList<>();
    for (String start : EXTREME_POINTS) {
      spans.add(new Object[] {start, null, null});
      for (Duration duration : EXTREME_DURATIONS) {
        spans.add(new Object[] {start, null, duration});
      }
      for (String end : EXTREME_POINTS) {
        spans.add(new Object[] {start, end, null});
        for (Duration duration : EXTREME_DURATIONS) {
          spans.add(new Object[] {start, end, duration});
        }
      }
    }
    return spans.stream();
  }

  @ParameterizedTest
  @MethodSource("spans")
  void aSpanIsRefusedWithTheModelsMessageOrAnswersEveryQuery(
      String start, String end, Duration duration) {
    Span span;
    try {
      span = span(TimePoint.parse(start), end == null ? null : TimePoint.parse(end), duration);
    } catch (IllegalArgumentException refused) {
      assertThat(refused)
          .hasNoCause()
          .message()
          .containsAnyOf(
              "would end the span after year 9999",
              "is before start",
              "contradicts",
              "must not be negative");
      return;
    }
    exerciseEveryQuery(span);
  }

  /** Generated spans near the edges, with random offsets, fractions and durations. */
  @Test
  void generatedSpansNearTheEdgesNeverThrowAnythingButTheModelsRefusal() {
    Random random = new Random(20261203);
    int built = 0;
    int refused = 0;
    for (int i = 0; i < 2_000; i++) {
      TimePoint start = randomPoint(random);
      Duration duration = randomDuration(random);
      Span span;
      try {
        span = Span.of(start, duration);
      } catch (IllegalArgumentException e) {
        assertThat(e).hasMessageContaining("would end the span after year 9999");
        refused++;
        continue;
      }
      exerciseEveryQuery(span);
      built++;
    }
    assertThat(built).as("spans built").isGreaterThan(100);
    assertThat(refused).as("spans refused").isGreaterThan(100);
  }

  @Test
  void refusesADurationThatWouldEndTheSpanAfterYear9999() {
    TimePoint call = TimePoint.parse("2021-12-30T15:35Z");

    assertThatThrownBy(() -> Span.of(call, Duration.ofSeconds(Long.MAX_VALUE)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "duration PT2562047788015215H30M7S from start 2021-12-30T15:35Z would end the span after year 9999,"
                + " the last year of a time point");
    assertThatThrownBy(
            () -> Span.of(TimePoint.parse("9999-12-31T23:00-18:00"), Duration.ofHours(1)))
        .hasMessageContaining("would end the span after year 9999");
    assertThatThrownBy(() -> Span.of(TimePoint.parse("9999-12-31"), Duration.ofDays(1)))
        .hasMessageContaining("would end the span after year 9999");
  }

  @Test
  void acceptsADurationThatEndsTheSpanInYear9999() {
    assertThat(Span.of(TimePoint.parse("9999-12-31T22:00-18:00"), Duration.ofHours(1)).lastDay())
        .isEqualTo(LocalDate.of(9999, 12, 31));
    assertThat(Span.of(TimePoint.parse("9999-12-31"), Duration.ofHours(23)).length())
        .contains(Duration.ofHours(23));
    assertThat(Span.of(TimePoint.parse("0001-01-01"), Duration.ofDays(3_652_058)).lastDay())
        .isEqualTo(LocalDate.of(1, 1, 1));
  }

  private static Span span(TimePoint start, TimePoint end, Duration duration) {
    if (end == null) {
      return duration == null ? Span.of(start) : Span.of(start, duration);
    }
    return duration == null ? Span.of(start, end) : Span.of(start, end, duration);
  }

  private static TimePoint randomPoint(Random random) {
    int year = random.nextBoolean() ? 1 + random.nextInt(3) : 9997 + random.nextInt(3);
    int hours = random.nextInt(37) - 18;
    return switch (random.nextInt(4)) {
      case 0 -> TimePoint.parse(String.format("%04d", year));
      case 1 -> TimePoint.parse(String.format("%04d-%02d", year, 1 + random.nextInt(12)));
      case 2 -> TimePoint.parse(String.format("%04d-12-%02d", year, 1 + random.nextInt(31)));
      default ->
          TimePoint.parse(
              String.format(
                  "%04d-12-31T%02d:%02d:%02d.%09d%s",
                  year,
                  random.nextInt(24),
                  random.nextInt(60),
                  random.nextInt(60),
                  random.nextInt(1_000_000_000),
                  hours == 0 ? "Z" : String.format("%+03d:00", hours)));
    };
  }

  private static Duration randomDuration(Random random) {
    return switch (random.nextInt(3)) {
      case 0 -> Duration.ofSeconds(random.nextInt(1_000_000_000), random.nextInt(1_000_000_000));
      case 1 -> Duration.ofDays(3_651_000 + random.nextInt(2_000));
      default -> Duration.ofSeconds(Math.abs(random.nextLong() % Long.MAX_VALUE));
    };
  }

  /**
   * Runs every query of a span, and every rule and query of a dossier that computes with it: the
   * span as a conversation's and as talks' time, as a leader's term, as the occasion of milestones
   * at the extreme points, and in a thread of conversations.
   */
  private static void exerciseEveryQuery(Span span) {
    span.length();
    span.lastDay();
    assertThat(span.toString()).isNotBlank();
    assertThat(span)
        .isEqualTo(span(span.start(), span.end().orElse(null), span.duration().orElse(null)));
    for (ZoneId zone : ZONES) {
      span.start().dateIn(zone);
      span.end().ifPresent(end -> end.dateIn(zone));
      for (LocalDate day : EXTREME_DAYS) {
        span.fallsOn(day, zone);
      }
    }
    for (String point : EXTREME_POINTS) {
      TimePoint other = TimePoint.parse(point);
      span.mayInclude(other);
      span.start().compareTo(other);
      span.start().isWhollyBefore(other);
      other.isWhollyBefore(span.start());
    }
    Dossier.Builder records = dossierAround(span);
    records.validate();
    Dossier dossier = records.build();
    dossier.timeline();
    for (LocalDate from : EXTREME_DAYS) {
      dossier.upcomingTalks(from);
      for (LocalDate to : EXTREME_DAYS) {
        if (!to.isBefore(from)) {
          dossier.timeline(from, to);
        }
      }
    }
    dossier.conversationsOf("a");
    dossier.counterpartsOf("a");
    dossier.agreementsReachedIn("call");
    if (dossier.find("deal").isPresent()) {
      dossier.talksCarryingOut("deal");
    }
    assertThat(dossier.diff(dossier).isEmpty()).isTrue();
    assertThat(dossier.merge(dossier)).isEqualTo(dossier);
  }

  /**
   * A dossier whose conversation, talks and leader's term have the span, and whose agreement's
   * milestones, at the extreme points, have the conversation and the talks as their occasions. A
   * milestone outside its occasion is a problem of the dossier: it is dropped, as is a follow-up
   * out of order, so that the dossier builds.
   */
  private static Dossier.Builder dossierAround(Span span) {
    Party party =
        Party.builder().id("p").kind(PartyKind.INTERNATIONAL_ORGANIZATION).name("P").build();
    Leader a =
        Leader.builder()
            .id("a")
            .name("A")
            .addOffice(Office.builder().party("p").role(Role.ENVOY).term(span).build())
            .build();
    Leader b = Leader.builder().id("b").name("B").addOffice(Office.of("p", Role.ENVOY)).build();
    Conversation call =
        Conversation.builder()
            .id("call")
            .mode(ConversationMode.PHONE_CALL)
            .addParticipants("a", "b")
            .when(span)
            .build();
    Talks talks =
        Talks.builder()
            .id("talks")
            .title("Talks")
            .when(span)
            .format(TalksFormat.MULTILATERAL)
            .addDelegations(Delegation.of("p"))
            .status(TalksStatus.SCHEDULED)
            .build();
    Dossier.Builder records = Dossier.builder().add(party).add(a).add(b).add(call).add(talks);
    List<Milestone> milestones = new ArrayList<>();
    for (String point :
        EXTREME_POINTS.stream().map(TimePoint::parse).sorted().map(TimePoint::toString).toList()) {
      for (String occasion : List.of("call", "talks")) {
        Milestone milestone =
            Milestone.builder()
                .stage(Stage.AGREED)
                .when(TimePoint.parse(point))
                .occasion(occasion)
                .build();
        Agreement trial = agreement(List.of(milestone));
        if (Dossier.builder()
            .add(party)
            .add(a)
            .add(b)
            .add(call)
            .add(talks)
            .add(trial)
            .validate()
            .isEmpty()) {
          milestones.add(milestone);
        }
      }
    }
    if (!milestones.isEmpty()) {
      records.add(agreement(milestones));
    }
    Conversation next =
        Conversation.builder()
            .id("next")
            .mode(ConversationMode.PHONE_CALL)
            .addParticipants("a", "b")
            .when(span)
            .addFollows("call")
            .build();
    records.add(next);
    return records;
  }

  private static Agreement agreement(List<Milestone> milestones) {
    return Agreement.builder()
        .id("deal")
        .kind(AgreementKind.COMMITMENT)
        .title("Deal")
        .addParties("p")
        .addAllMilestones(milestones)
        .build();
  }
}
