package dev.entente.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.entente.Agreement;
import dev.entente.Conversation;
import dev.entente.Dossier;
import dev.entente.DossierRecord;
import dev.entente.InvalidDossierException;
import dev.entente.Leader;
import dev.entente.Milestone;
import dev.entente.Office;
import dev.entente.Problem;
import dev.entente.Span;
import dev.entente.Statement;
import dev.entente.Talks;
import dev.entente.TimePoint;
import dev.entente.testing.DossierGenerator;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fuzz tests of the module in an application's mapper and of the rules across records. Every build
 * runs them over their seeds and the committed findings in {@code
 * ModuleAndRulesFuzzTestInputs/<method>}; with {@code JAZZER_FUZZ=1} Jazzer generates new inputs
 * (see {@code docs/hardening.md}).
 *
 * <p>The properties: a mapper reading a dossier ends in a value or a {@link JacksonException}, the
 * library's own with a kind, a path and a place wherever the module read, and reads what the facade
 * reads; a dossier whose times are bent to the edges of what the model holds is refused with the
 * model's own exceptions, or builds and answers every query, and round-trips through JSON.
 */
class ModuleAndRulesFuzzTest {
  private static final JsonMapper MAPPER =
      JsonMapper.builder().addModule(new EntenteModule()).build();
  private static final EntenteJson STRICT = EntenteJson.defaults();
  private static final List<ZoneId> ZONES =
      List.of(ZoneOffset.MIN, ZoneOffset.MAX, ZoneId.of("Pacific/Kiritimati"));

  static Stream<byte[]> dossierSeeds() {
    return ReaderFuzzTest.dossierSeeds();
  }

  @MethodSource("dossierSeeds")
  @FuzzTest(maxDuration = "10m")
  void readDossierWithAMapper(byte[] input) {
    Dossier fromMapper = null;
    try {
      fromMapper = MAPPER.readValue(input, Dossier.class);
    } catch (EntenteJsonException e) {
      assertThat(e.kind()).isNotNull();
      assertThat(e.path()).startsWith("$");
      assertThat(e.reason()).isNotBlank();
      if (e.hasLocation()) {
        assertThat(e.line()).isPositive();
        assertThat(e.column()).isPositive();
      }
    } catch (JacksonException mappersOwn) {
      // Outside the value the module reads: empty input, a first token that is not JSON, trailing
      // tokens.
    }
    Dossier fromFacade;
    try {
      fromFacade = STRICT.readDossier(input);
    } catch (EntenteJsonException e) {
      return;
    }
    assertThat(fromMapper).isEqualTo(fromFacade);
  }

  @FuzzTest(maxDuration = "10m")
  void rulesAcrossRecordsWithTimesAtTheEdges(FuzzedDataProvider data) {
    Dossier generated =
        DossierGenerator.withSeed(data.consumeLong()).size(data.consumeInt(10, 40)).dossier();
    List<DossierRecord> records = new ArrayList<>(generated.records());
    int mutations = data.consumeInt(1, 6);
    for (int i = 0; i < mutations && !records.isEmpty(); i++) {
      int index = data.consumeInt(0, records.size() - 1);
      try {
        records.set(index, withTimeFrom(data, records.get(index)));
      } catch (IllegalArgumentException refusedByTheModel) {
        // A span or a record that breaks its own rules, refused as it is built: the model's
        // exception.
      }
    }
    Dossier.Builder builder = Dossier.builder().addAll(records);
    if (builder.validate().stream().anyMatch(Problem::isError)) {
      assertThatThrownBy(builder::build).isInstanceOf(InvalidDossierException.class);
      return;
    }
    Dossier dossier = builder.build();
    dossier.timeline();
    LocalDate from = day(data);
    LocalDate to = day(data);
    dossier.timeline(from.isAfter(to) ? to : from, from.isAfter(to) ? from : to);
    dossier.upcomingTalks(from);
    for (Conversation call : dossier.conversations()) {
      for (ZoneId zone : ZONES) {
        call.when().fallsOn(from, zone);
      }
      call.when().lastDay();
      dossier.agreementsReachedIn(call.id());
    }
    for (Leader leader : dossier.leaders()) {
      dossier.counterpartsOf(leader.id());
    }
    assertThat(STRICT.readDossier(STRICT.writeBytes(dossier))).isEqualTo(dossier);
  }

  /** The record with one of its times replaced by one the fuzzer chose. */
  private static DossierRecord withTimeFrom(FuzzedDataProvider data, DossierRecord record) {
    if (record instanceof Conversation call) {
      return Conversation.builder().from(call).when(span(data)).build();
    }
    if (record instanceof Talks talks) {
      return Talks.builder().from(talks).when(span(data)).build();
    }
    if (record instanceof Statement statement) {
      return Statement.builder().from(statement).when(point(data)).build();
    }
    if (record instanceof Leader leader) {
      List<Office> offices = new ArrayList<>(leader.offices());
      int index = data.consumeInt(0, offices.size() - 1);
      offices.set(index, Office.builder().from(offices.get(index)).term(span(data)).build());
      return Leader.builder().from(leader).offices(offices).build();
    }
    if (record instanceof Agreement agreement && !agreement.milestones().isEmpty()) {
      List<Milestone> milestones = new ArrayList<>(agreement.milestones());
      int index = data.consumeInt(0, milestones.size() - 1);
      milestones.set(
          index, Milestone.builder().from(milestones.get(index)).when(point(data)).build());
      return Agreement.builder().from(agreement).milestones(milestones).build();
    }
    return record;
  }

  private static Span span(FuzzedDataProvider data) {
    TimePoint start = point(data);
    return switch (data.consumeInt(0, 3)) {
      case 0 -> Span.of(start);
      case 1 -> Span.of(start, duration(data));
      case 2 -> Span.of(start, point(data));
      default -> Span.of(start, point(data), duration(data));
    };
  }

  /** A time point near the edges more often than not: years 1 and 9999, offsets of 18 hours. */
  private static TimePoint point(FuzzedDataProvider data) {
    int year =
        data.consumeBoolean() ? (data.consumeBoolean() ? 1 : 9999) : data.consumeInt(1, 9999);
    int month = data.consumeInt(1, 12);
    int day = data.consumeInt(1, YearMonth.of(year, month).lengthOfMonth());
    return switch (data.consumeInt(0, 3)) {
      case 0 -> TimePoint.ofYear(year);
      case 1 -> TimePoint.ofMonth(YearMonth.of(year, month));
      case 2 -> TimePoint.ofDay(LocalDate.of(year, month, day));
      default ->
          TimePoint.ofMoment(
              OffsetDateTime.of(
                  year,
                  month,
                  day,
                  data.consumeInt(0, 23),
                  data.consumeInt(0, 59),
                  data.consumeInt(0, 59),
                  data.consumeInt(0, 999_999_999),
                  ZoneOffset.ofTotalSeconds(data.consumeInt(-18, 18) * 3600)));
    };
  }

  private static Duration duration(FuzzedDataProvider data) {
    return Duration.ofSeconds(data.consumeLong(), data.consumeInt(0, 999_999_999));
  }

  private static LocalDate day(FuzzedDataProvider data) {
    return LocalDate.ofEpochDay(
        data.consumeLong(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay()));
  }
}
