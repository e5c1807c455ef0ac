package dev.entente.formats.historian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entente.Leader;
import dev.entente.Visit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Records that cannot be taken are reported with their file, line and reason; none is lost. */
class ImportErrorsTest {
  @TempDir Path folder;

  private static String visit(String id, String start, String end, String visitor, String from) {
    return "  <visit>\n"
        + (id == null ? "" : "    <id>" + id + "</id>\n")
        + (start == null ? "" : "    <start-date>" + start + "</start-date>\n")
        + "    <end-date>"
        + end
        + "</end-date>\n"
        + "    <visitor>"
        + visitor
        + "</visitor>\n"
        + "    "
        + from
        + "\n"
        + "    <description>Working visit.</description>\n"
        + "    <created-by>someone</created-by>\n"
        + "    <created-datetime>2010-10-25T16:17:47.87-04:00</created-datetime>\n"
        + "  </visit>\n";
  }

  private Path file(String name, String content) throws IOException {
    Path file = folder.resolve(name);
    Files.writeString(file, content);
    return file;
  }

  @Test
  void reportsEachRecordItCannotTakeWithFileLineAndReason() throws IOException {
    String canada = "<from id=\"canada\">Canada</from>";
    Path file =
        file(
            "visits.xml",
            "<visits>\n"
                + visit("1", "2020-01-02", "2020-01-03", "Prime Minister Justin Trudeau", canada)
                + visit(null, "2020-01-02", "2020-01-03", "Prime Minister Justin Trudeau", canada)
                + visit("3", null, "2020-01-03", "Prime Minister Justin Trudeau", canada)
                + visit("4", "2020-02-30", "2020-03-01", "Prime Minister Justin Trudeau", canada)
                + visit("5", "2020-01-04", "2020-01-03", "Prime Minister Justin Trudeau", canada)
                + visit(
                    "6",
                    "2020-01-02",
                    "2020-01-03",
                    "Prime Minister Justin Trudeau",
                    "<from id=\"atlantis\">Atlantis</from>")
                + visit("1", "2021-01-02", "2021-01-03", "Prime Minister Justin Trudeau", canada)
                + visit("8", "2020-01-02", "2020-01-03", "\u200B", canada)
                + visit("9", "2020-01-02", "2020-01-03", "Prime Minister Stephen Harper", canada)
                    .replace(
                        "    <created-datetime>2010-10-25T16:17:47.87-04:00</created-datetime>\n",
                        "")
                + "</visits>\n");

    HistorianImport history = HistorianImport.builder().visits(file).build();

    assertThat(history.sourceRecords()).isEqualTo(9);
    assertThat(history.dossier().visits()).extracting(Visit::id).containsExactly("visit-1");
    assertThat(history.skipped())
        .extracting(SkippedRecord::toString)
        .containsExactly(
            file + ":12: record ?: no id",
            file + ":21: record 3: no start-date",
            file + ":30: record 4: the start-date \"2020-02-30\" is not a date (YYYY-MM-DD)",
            file + ":40: record 5: the end-date 2020-01-03 is before the start-date 2020-01-04",
            file
                + ":50: record 6: the country \"Atlantis\" (id \"atlantis\") on 2020-01-02 is in no"
                + " row of countries.tsv",
            file + ":60: record 1: the id is also the visit at " + file + ":2",
            file + ":70: record 8: no visitor",
            file + ":80: record 9: no created-datetime");
    assertThat(history.dossier().leaders())
        .extracting(Leader::name)
        .as("no leader of a record skipped")
        .containsExactly("Justin Trudeau");
    assertThat(history.skipped().get(0).line()).isEqualTo(12);
    assertThat(history.skipped().get(0).file()).isEqualTo(file);
  }

  @Test
  void reportsATripOfARoleItDoesNotKnow() throws IOException {
    Path file =
        file(
            "trips.xml",
            """
            <trips>
              <trip role="ambassador" who="someone">
                <id>9</id>
                <role>ambassador</role>
                <name>Some One</name>
                <start-date>2020-01-02</start-date>
                <end-date>2020-01-02</end-date>
                <country id="france">France</country>
                <locale>Paris</locale>
                <remarks/>
                <created-datetime>2010-10-25T16:17:47-04:00</created-datetime>
              </trip>
            </trips>
            """);

    HistorianImport history = HistorianImport.builder().travels(file).build();

    assertThat(history.skipped())
        .extracting(SkippedRecord::reason)
        .containsExactly("the role \"ambassador\" is neither \"president\" nor \"secretary\"");
    assertThat(history.dossier().visits()).isEmpty();
  }

  @Test
  void stopsAtAFileThatIsNotWellFormedXml() throws IOException {
    Path file = file("broken.xml", "<visits>\n  <visit>\n    <id>1</id>\n  </visits>\n");

    assertThatThrownBy(() -> HistorianImport.builder().visits(file).build())
        .isInstanceOfSatisfying(
            HistorianFormatException.class,
            e -> {
              assertThat(e.file()).isEqualTo(file);
              assertThat(e.line()).isEqualTo(4);
            })
        .hasMessageStartingWith(file + ":4: not well-formed XML");
  }

  @Test
  void readsNoExternalEntity() throws IOException {
    Path secret = file("secret.txt", "secret");
    Path file =
        file(
            "entity.xml",
            "<!DOCTYPE visits [<!ENTITY x SYSTEM \""
                + secret.toUri()
                + "\">]>\n<visits><visit><id>&x;</id></visit></visits>\n");

    assertThatThrownBy(() -> HistorianImport.builder().visits(file).build())
        .isInstanceOf(HistorianFormatException.class);
  }

  @Test
  void reportsAMissingFileAsUnreadable() {
    Path missing = folder.resolve("missing.xml");

    assertThatThrownBy(() -> HistorianImport.builder().visits(missing).build())
        .isInstanceOf(UncheckedIOException.class)
        .hasMessage("could not read " + missing);
  }

  @Test
  void readsTheXmlFilesOfAFolderInTheOrderOfTheirPaths() throws IOException {
    String canada = "<from id=\"canada\">Canada</from>";
    Files.createDirectories(folder.resolve("b"));
    file(
        "b/later.xml",
        "<visits>"
            + visit("2", "2020-01-02", "2020-01-02", "King Charles III", canada)
            + "</visits>");
    file(
        "a.xml",
        "<visits>"
            + visit("1", "2020-01-02", "2020-01-02", "King Charles III", canada)
            + "</visits>");
    file("notes.txt", "not a data file");

    HistorianImport history = HistorianImport.builder().visits(folder).build();

    assertThat(history.sourceRecords()).isEqualTo(2);
    assertThat(history.skipped()).isEmpty();
    assertThat(history.dossier().visits())
        .extracting(Visit::id)
        .containsExactly("visit-1", "visit-2");
  }
}
