package dev.entente.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.Dossier;
import dev.entente.testing.December2021;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each example runs, and prints what it says it does. */
class ExamplesTest {
  private static final Dossier HISTORY =
      OfficeOfTheHistorian.dossier(Path.of("../data/historyatstate"));

  private static String printed(Consumer<PrintStream> example) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      example.accept(out);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void theTwoSourcesExampleKeepsBothStartsOfTheCallEachWithItsSource() {
    String printed = printed(TwoSourcesOfOneCall::run);

    assertThat(printed)
        .startsWith(
            """
            The call of 30 December 2021, from two sources:
              2021-12-30T15:35-05:00/2021-12-30T16:25-05:00 (PT50M), per kremlin-readout-2021-12-31, prensa-latina-report-2021-12-31
              2021-12-30T13:35-05:00, per second-outlet-page-2021-12-30

            A strict merge refuses them: they disagree on phone-call-2021-12-30 in when, sources

            Merged, keeping the first source's values:
              when 2021-12-30T15:35-05:00/2021-12-30T16:25-05:00 (PT50M), per kremlin-readout-2021-12-31, prensa-latina-report-2021-12-31, second-outlet-page-2021-12-30
              claim: when 2021-12-30T13:35-05:00, per second-outlet-page-2021-12-30
              1 disputed record(s) in Dossier[party=9, leader=4, topic=6, statement=4, conversation=2, agreement=4, talks=3]
            """)
        .contains(
            """
              "claims": [
                {
                  "field": "when",
                  "value": {
                    "start": "2021-12-30T13:35-05:00"
                  },
                  "source": "second-outlet-page-2021-12-30"
                }
              ]
            """);
  }

  @Test
  void theColdWarExamplePrintsTheVisitsBetweenMoscowAndWashingtonFromTheRealData() {
    String printed = printed(out -> SummitsAcrossTheColdWar.run(HISTORY, out));

    assertThat(printed)
        .startsWith(
            """
            51 visits between Soviet or Russian and American leaders, 1959–2025

            15 Sep 1959  Premier Khrushchev in the United States, official visit

            23 Jun 1967  Chairman Aleksei N. Kosygin in the United States

            22 May 1972  President Richard M. Nixon in Moscow, Leningrad, Kiev (U.S.S.R.), state visit
                met Premier Kosygin, General Secretary Brezhnev
            """)
        .contains(
            """
            2 Jan 1993  President George H.W. Bush in Moscow (Russia)
            """)
        .endsWith(
            """
            28 Sep 2015  President Vladimir Putin in the United States
            """);
  }

  @Test
  void theQuickStartValidatesAndPrintsTheTimeline() {
    assertThat(printed(QuickStart::run))
        .isEqualTo("valid\n2021-12-30T15:35-05:00 conversation \"call-2021-12-30\"\nPT50M\ntrue\n");
  }

  @Test
  void theDecember2021ExamplePrintsTheTimelineInBothCapitalsAndTheTalksToCome() {
    byte[] json = December2021.json().getBytes(StandardCharsets.UTF_8);

    String printed = printed(out -> December2021Example.run(json, out));

    assertThat(printed)
        .startsWith(
            "The December 2021 dossier: 30 records read from "
                + String.format("%,d", json.length)
                + " bytes of JSON.\n")
        .contains(
            """
              2021-12-30  phone call between Vladimir Putin and Joe Biden (50 minutes, initiated by Vladimir Putin)
                          Thu 30 Dec 15:35 to Thu 30 Dec 16:25 in Washington
                          Thu 30 Dec 23:35 to Fri 31 Dec 00:25 in Moscow
            """)
        .contains("  2021-12-07  video call between Vladimir Putin and Joe Biden (2 hours)\n")
        .contains("              \u201ccontinue to negotiate in other ways\u201d\n")
        .contains(
            """
            Talks to come, as of 2022-01-01
              2022-01-10  Geneva, CH           Russia and United States
              2022-01-12  Brussels, BE         Russia and North Atlantic Treaty Organization
              2022-01-13  Vienna, AT           Russia and Organization for Security and Cooperation in Europe
            """)
        .endsWith(
            "Written back: "
                + String.format("%,d", json.length)
                + " bytes, the same bytes as were read.\n");
  }

  @Test
  void theJsonLinesExampleCountsTheConversationsOfEachPairWithProgress(@TempDir Path directory) {
    ByteArrayOutputStream progress = new ByteArrayOutputStream();
    Path file = directory.resolve("conversations.jsonl");

    String printed =
        printed(
            out ->
                ConversationsPerPair.run(
                    20_000, file, out, new PrintStream(progress, true, StandardCharsets.UTF_8)));

    assertThat(printed)
        .startsWith("Wrote 20,000 conversations as JSON Lines to conversations.jsonl (")
        .contains(
            "Read them back, one line at a time: 20,000 conversations, 28 pairs of leaders.\n");
    long total = printed.lines().filter(line -> line.matches("  \\w+ and \\w+ +[0-9,]+")).count();
    assertThat(total).isEqualTo(5);
    assertThat(progress.toString(StandardCharsets.UTF_8))
        .contains(
            "\r  written 10,000 of 20,000 (50%)",
            "\r  written 20,000 of 20,000 (100%)", "\r  read 20,000 of 20,000 (100%)");
    assertThat(file).exists();
    assertThat(lines(file)).isEqualTo(20_000);
  }

  private static long lines(Path file) {
    try (var lines = Files.lines(file)) {
      return lines.count();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void theEventDataExampleWritesBothDossiersAsPloverAndReadsThemBack(@TempDir Path folder)
      throws IOException {
    String printed =
        printed(out -> EventDataForResearchers.run(December2021.dossier(), HISTORY, folder, out));

    assertThat(printed)
        .isEqualTo(
            """
            december-2021: 9 events {CONSULT=2, AGREE=7} in december-2021.plover.jsonl
              not exported: draft-2021-12-15-1#2: published: no one acts, and PLOVER codes only what someone does
              not exported: draft-2021-12-15-2#2: published: no one acts, and PLOVER codes only what someone does
              topics without a context: [bilateral-relations]
              read back: 2 records of 9 lines, 7 skipped (only CONSULT events are read back)
            historian: 7535 events {CONSULT=7535} in historian.plover.jsonl
              read back: 7535 records of 7535 lines, 0 skipped (only CONSULT events are read back)
            """);
    assertThat(Files.readAllLines(folder.resolve("historian.plover.jsonl"))).hasSize(7_535);
  }

  @Test
  void theCalendarExampleWritesBothDossiersAsICalendar(@TempDir Path folder) throws IOException {
    String printed =
        printed(
            out ->
                CalendarOfEngagements.run(
                    December2021.dossier(),
                    HISTORY,
                    folder,
                    Instant.parse("2026-12-01T00:00:00Z"),
                    out));

    assertThat(printed)
        .isEqualTo(
            """
            december-2021: 5 events in december-2021.ics
            historian: 7535 events in historian.ics
            """);
    assertThat(Files.readString(folder.resolve("december-2021.ics")))
        .startsWith("BEGIN:VCALENDAR\r\n")
        .contains("UID:phone-call-2021-12-30@entente.example.org\r\n");
  }

  @Test
  void theSchemaOrgExampleWritesBothDossiersAsJsonLd(@TempDir Path folder) throws IOException {
    String printed =
        printed(out -> SchemaOrgForTheWeb.run(December2021.dossier(), HISTORY, folder, out));

    assertThat(printed)
        .startsWith(
            "december-2021: 26 nodes in december-2021.jsonld\n  not exported: agreement-2021-12-07:")
        .endsWith("historian: 18340 nodes in historian.jsonld\n");
    assertThat(Files.readString(folder.resolve("december-2021.jsonld")))
        .startsWith("{\"@context\":\"https://schema.org/\",\"@graph\":[")
        .contains("\"@id\":\"https://entente.example.org/records/phone-call-2021-12-30\"");
  }

  @Test
  void thePicturesExampleDrawsBothDossiers(@TempDir Path folder) throws IOException {
    String printed =
        printed(out -> PicturesOfADossier.run(December2021.dossier(), HISTORY, folder, out));

    assertThat(printed)
        .isEqualTo(
            """
            december-2021-timeline.svg: 5 entries, in Moscow's time
            december-2021-meetings.svg: 4 pairs who met
            historian-timeline.svg: 15070 entries
            historian-meetings.svg: the 40 most met of 4642 pairs who met
            """);
    for (String picture :
        List.of(
            "december-2021-timeline",
            "december-2021-meetings",
            "historian-timeline",
            "historian-meetings")) {
      assertThat(Files.readString(folder.resolve(picture + ".svg")))
          .startsWith("<?xml")
          .endsWith("</svg>\n");
    }
  }
}
