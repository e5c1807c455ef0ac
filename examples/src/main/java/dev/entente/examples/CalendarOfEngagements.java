package dev.entente.examples;

import dev.entente.Dossier;
import dev.entente.formats.icalendar.ICalendarExport;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;

/**
 * The December 2021 dossier's talks and calls, and the Office of the Historian's visits, as
 * iCalendar files that a calendar application imports.
 *
 * <p>Run from the repository's root, it reads {@code data/historyatstate} and writes {@code
 * target/formats/*.ics}; with arguments, the data folder and the output folder.
 */
public final class CalendarOfEngagements {
  private CalendarOfEngagements() {}

  /**
   * Writes both calendars.
   *
   * @param args the data folder and the output folder, or none for the defaults
   */
  public static void main(String[] args) {
    FormatExample.main(
        args,
        (december, history, folder, out) -> run(december, history, folder, Instant.now(), out));
  }

  /**
   * Writes the calendars of the two dossiers to a folder and prints what they hold.
   *
   * @param december the December 2021 dossier
   * @param history the Office of the Historian's dossier
   * @param folder where to write, an existing folder
   * @param stamp the time the calendars are made
   * @param out where to print
   */
  static void run(Dossier december, Dossier history, Path folder, Instant stamp, PrintStream out) {
    write("december-2021", ICalendarExport.of(december), folder, stamp, out);
    write("historian", ICalendarExport.of(history), folder, stamp, out);
  }

  private static void write(
      String name, ICalendarExport calendar, Path folder, Instant stamp, PrintStream out) {
    Path file = folder.resolve(name + ".ics");
    calendar.withUidDomain("entente.example.org").stampedAt(stamp).writeTo(file);
    out.println(name + ": " + calendar.eventCount() + " events in " + file.getFileName());
    calendar.notExported().forEach(left -> out.println("  not exported: " + left));
  }
}
