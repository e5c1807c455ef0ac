package dev.entente.examples;

import dev.entente.Dossier;
import dev.entente.formats.svg.SvgMeetingGraph;
import dev.entente.formats.svg.SvgTimeline;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Pictures of the December 2021 dossier and of the Office of the Historian's data: a timeline of
 * the last days of December 2021 in Moscow's time, where the call of 30 December runs past
 * midnight, a timeline of 150 years of visits, and who met whom.
 *
 * <p>Run from the repository's root, it reads {@code data/historyatstate} and writes {@code
 * target/formats/*.svg}; with arguments, the data folder and the output folder.
 */
public final class PicturesOfADossier {
  private PicturesOfADossier() {}

  /**
   * Draws the pictures.
   *
   * @param args the data folder and the output folder, or none for the defaults
   */
  public static void main(String[] args) {
    FormatExample.main(args, PicturesOfADossier::run);
  }

  /**
   * Draws the pictures of the two dossiers into a folder and prints what each holds.
   *
   * @param december the December 2021 dossier
   * @param history the Office of the Historian's dossier
   * @param folder where to write, an existing folder
   * @param out where to print
   */
  static void run(Dossier december, Dossier history, Path folder, PrintStream out) {
    SvgTimeline lastDays =
        SvgTimeline.of(december)
            .inZone(ZoneId.of("Europe/Moscow"))
            .withLanes(SvgTimeline.Lanes.BY_LEADER)
            .between(LocalDate.of(2021, 12, 27), LocalDate.of(2022, 1, 2));
    lastDays.writeTo(folder.resolve("december-2021-timeline.svg"));
    out.println(
        "december-2021-timeline.svg: " + lastDays.entryCount() + " entries, in Moscow's time");
    SvgMeetingGraph decemberMeetings = SvgMeetingGraph.of(december);
    decemberMeetings.writeTo(folder.resolve("december-2021-meetings.svg"));
    out.println(
        "december-2021-meetings.svg: " + decemberMeetings.meetings().size() + " pairs who met");
    SvgTimeline visits = SvgTimeline.of(history);
    visits.writeTo(folder.resolve("historian-timeline.svg"));
    out.println("historian-timeline.svg: " + visits.entryCount() + " entries");
    SvgMeetingGraph mostMet = SvgMeetingGraph.of(history).limitedTo(40);
    mostMet.writeTo(folder.resolve("historian-meetings.svg"));
    out.println(
        "historian-meetings.svg: the 40 most met of "
            + mostMet.meetings().size()
            + " pairs who met");
  }
}
