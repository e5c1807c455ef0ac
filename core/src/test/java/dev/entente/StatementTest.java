package dev.entente;

import static dev.entente.Invalid.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class StatementTest {
  private static Statement.Builder readout() {
    return Statement.builder()
        .id("readout")
        .kind(StatementKind.READOUT)
        .by("kremlin")
        .when(TimePoint.parse("2021-12-31"))
        .summary("The conversation was frank.");
  }

  @Test
  void buildsWithEveryField() {
    Statement statement =
        readout()
            .quote("In general, the conversation was frank, professional and of course mutually beneficial.")
            .addAbout("call")
            .url(URI.create("https://example.org/readout"))
            .addSource("report")
            .build();

    assertThat(statement.recordKind()).isEqualTo(RecordKind.STATEMENT);
    assertThat(statement.kind()).isEqualTo(StatementKind.READOUT);
    assertThat(statement.by()).isEqualTo("kremlin");
    assertThat(statement.when()).isEqualTo(TimePoint.parse("2021-12-31"));
    assertThat(statement.quote()).hasValueSatisfying(q -> assertThat(q).startsWith("In general"));
    assertThat(statement.summary()).contains("The conversation was frank.");
    assertThat(statement.about()).containsExactly("call");
    assertThat(statement.url()).contains(URI.create("https://example.org/readout"));
    assertThat(statement.sources()).containsExactly("report");
  }

  @Test
  void isEqualByValue() {
    assertThat(readout().build()).isEqualTo(readout().build()).hasSameHashCodeAs(readout().build());
    assertThat(readout().build()).isNotEqualTo(readout().when(TimePoint.parse("2021-12-30")).build());
  }

  @Test
  void refusesAStatementThatSaysNothing() {
    assertRejected(
        () -> Statement.builder().id("readout").kind(StatementKind.READOUT).by("kremlin").when(TimePoint.parse("2021")).build(),
        "quote",
        "Statement \"readout\": a statement must have a quote, a summary or both");
  }

  @Test
  void refusesAMissingTime() {
    assertRejected(
        () -> Statement.builder().id("readout").kind(StatementKind.READOUT).by("kremlin").summary("s").build(),
        "when",
        "Statement \"readout\": when is required");
  }

  @Test
  void refusesAMissingAuthor() {
    assertRejected(
        () -> Statement.builder().id("readout").kind(StatementKind.READOUT).when(TimePoint.parse("2021")).summary("s").build(),
        "by",
        "Statement \"readout\": by is required");
  }

  @Test
  void refusesARelativeUrl() {
    assertRejected(
        () -> readout().url(URI.create("readout.html")).build(),
        "url",
        "Statement \"readout\": url \"readout.html\" must be absolute");
  }

  @Test
  void refusesBeingAboutItself() {
    assertRejected(
        () -> readout().addAbout("readout").build(),
        "about",
        "Statement \"readout\": about must not refer to the record itself");
  }

  @Test
  void refusesCitingItself() {
    assertRejected(
        () -> readout().addSource("readout").build(),
        "sources",
        "Statement \"readout\": sources must not refer to the record itself");
  }
}
