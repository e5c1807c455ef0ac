package dev.entente.examples;

import dev.entente.Agreement;
import dev.entente.Conversation;
import dev.entente.Dossier;
import dev.entente.DossierRecord;
import dev.entente.Leader;
import dev.entente.Milestone;
import dev.entente.Party;
import dev.entente.Place;
import dev.entente.RecordKind;
import dev.entente.Statement;
import dev.entente.Talks;
import dev.entente.TimePoint;
import dev.entente.TimelineEntry;
import dev.entente.io.EntenteJson;
import dev.entente.testing.December2021;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The README's main command: reads the December 2021 dossier from JSON, prints its timeline with
 * each exact moment in the local time of Washington and Moscow, the talks still to come on New
 * Year's Day 2022, and writes the dossier back.
 *
 * <p>Without arguments it reads the dossier that {@code entente-testing} ships; with one, the JSON
 * file it names.
 */
public final class December2021Example {
  private static final ZoneId WASHINGTON = ZoneId.of("America/New_York");
  private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
  private static final DateTimeFormatter CLOCK =
      DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);
  private static final LocalDate NEW_YEARS_DAY = LocalDate.of(2022, 1, 1);

  private final Dossier dossier;
  private final PrintStream out;

  private December2021Example(Dossier dossier, PrintStream out) {
    this.dossier = dossier;
    this.out = out;
  }

  /**
   * Runs the example.
   *
   * @param args optionally, the path of a dossier's JSON file
   */
  public static void main(String[] args) {
    byte[] json =
        args.length > 0
            ? readFile(Path.of(args[0]))
            : December2021.json().getBytes(StandardCharsets.UTF_8);
    run(json, System.out);
  }

  static void run(byte[] json, PrintStream out) {
    EntenteJson entente = EntenteJson.builder().prettyPrint(true).build();
    Dossier dossier = entente.readDossier(json);
    out.printf(
        "The December 2021 dossier: %d records read from %,d bytes of JSON.%n",
        dossier.size(), json.length);
    December2021Example example = new December2021Example(dossier, out);
    example.printTimeline();
    example.printUpcomingTalks();
    byte[] written = entente.writeBytes(dossier);
    out.printf(
        "%nWritten back: %,d bytes, %s.%n",
        written.length,
        Arrays.equals(written, json)
            ? "the same bytes as were read"
            : "different from what was read");
  }

  private void printTimeline() {
    out.println();
    out.println("Timeline (exact moments in Washington and Moscow time)");
    for (TimelineEntry entry : dossier.timeline()) {
      out.printf("  %-10s  %s%n", entry.time().firstDay(), describe(entry));
      entry.time().moment().ifPresent(start -> printLocalTimes(start, end(entry)));
      quote(entry).ifPresent(quote -> out.printf("              \u201c%s\u201d%n", quote));
    }
  }

  private void printLocalTimes(OffsetDateTime start, Optional<OffsetDateTime> end) {
    for (ZoneId zone : new ZoneId[] {WASHINGTON, MOSCOW}) {
      out.printf(
          "              %s%s in %s%n",
          CLOCK.format(start.atZoneSameInstant(zone)),
          end.map(e -> " to " + CLOCK.format(e.atZoneSameInstant(zone))).orElse(""),
          zone.equals(WASHINGTON) ? "Washington" : "Moscow");
    }
  }

  private static Optional<OffsetDateTime> end(TimelineEntry entry) {
    if (entry.record() instanceof Conversation && entry.milestone().isEmpty()) {
      return ((Conversation) entry.record()).when().end().flatMap(TimePoint::moment);
    }
    return Optional.empty();
  }

  private static Optional<String> quote(TimelineEntry entry) {
    if (!(entry.record() instanceof Statement)) {
      return Optional.empty();
    }
    return ((Statement) entry.record()).quote();
  }

  private String describe(TimelineEntry entry) {
    DossierRecord record = entry.record();
    if (entry.milestone().isPresent()) {
      Milestone milestone = entry.milestone().get();
      return word(milestone.stage()) + ": " + title(record);
    }
    if (record.recordKind() == RecordKind.CONVERSATION) {
      Conversation call = (Conversation) record;
      String length =
          call.when().length().map(December2021Example::humanDuration).orElse("length unknown");
      String initiator = call.initiator().map(id -> ", initiated by " + name(id)).orElse("");
      return word(call.mode()) + " between " + names(call) + " (" + length + initiator + ")";
    }
    if (record.recordKind() == RecordKind.STATEMENT) {
      Statement statement = (Statement) record;
      return word(statement.kind()) + " by " + name(statement.by());
    }
    Talks talks = (Talks) record;
    return word(talks.status()) + ": " + talks.title();
  }

  private void printUpcomingTalks() {
    out.println();
    out.println("Talks to come, as of " + NEW_YEARS_DAY);
    for (Talks talks : dossier.upcomingTalks(NEW_YEARS_DAY)) {
      out.printf(
          "  %-10s  %-20s %s%n",
          talks.when().start(),
          talks.venue().map(Place::toString).orElse("venue unknown"),
          talks.parties().stream().map(this::name).collect(Collectors.joining(" and ")));
    }
  }

  private String names(Conversation call) {
    return call.participants().stream().map(this::name).collect(Collectors.joining(" and "));
  }

  private String name(String id) {
    return dossier.find(id).map(December2021Example::name).orElse(id);
  }

  private static String name(DossierRecord record) {
    if (record instanceof Leader leader) {
      return leader.name();
    }
    if (record instanceof Party party) {
      return party.name();
    }
    return record.id();
  }

  private static String title(DossierRecord record) {
    return record instanceof Agreement agreement ? agreement.title() : record.id();
  }

  private static String word(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private static String humanDuration(Duration duration) {
    return duration.toMinutes() % 60 == 0
        ? duration.toHours() + " hours"
        : duration.toMinutes() + " minutes";
  }

  private static byte[] readFile(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
