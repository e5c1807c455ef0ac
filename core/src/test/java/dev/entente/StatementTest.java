package dev.entente;

import static dev.entente.Invalid.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URISyntaxException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
            .quote(
                "In general, the conversation was frank, professional and of course mutually beneficial.")
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
  void keepsItsLanguageAsACanonicalBcp47TagAndWhenItWasRetrieved() {
    Statement statement =
        readout().language("ru").retrieved(TimePoint.parse("2022-01-03T09:00Z")).build();

    assertThat(statement.language()).contains("ru");
    assertThat(statement.retrieved()).contains(TimePoint.parse("2022-01-03T09:00Z"));
    assertThat(readout().language("en-US").build().language()).contains("en-US");
  }

  @Test
  void refusesALanguageThatIsNoTagOrNotInItsCanonicalForm() {
    assertRejected(
        () -> readout().language("en-us").build(),
        "language",
        "Statement \"readout\": \"en-us\" is not in the canonical form of its tag: write en-US");
    assertRejected(
        () -> readout().language("Russian!").build(),
        "language",
        "Statement \"readout\": \"Russian!\" is not a BCP 47 language tag, such as ru or en-US");
  }

  @Test
  void refusesARetrievalBeforeTheStatementWasMade() {
    assertRejected(
        () -> readout().retrieved(TimePoint.parse("2021-12-30")).build(),
        "retrieved",
        "Statement \"readout\": retrieved 2021-12-30 is before the statement was made, 2021-12-31");
  }

  @Test
  void isEqualByValue() {
    assertThat(readout().build()).isEqualTo(readout().build()).hasSameHashCodeAs(readout().build());
    assertThat(readout().build())
        .isNotEqualTo(readout().when(TimePoint.parse("2021-12-30")).build());
  }

  @Test
  void refusesAStatementThatSaysNothing() {
    assertRejected(
        () ->
            Statement.builder()
                .id("readout")
                .kind(StatementKind.READOUT)
                .by("kremlin")
                .when(TimePoint.parse("2021"))
                .build(),
        "quote",
        "Statement \"readout\": a statement must have a quote, a summary or both");
  }

  @Test
  void refusesAMissingTime() {
    assertRejected(
        () ->
            Statement.builder()
                .id("readout")
                .kind(StatementKind.READOUT)
                .by("kremlin")
                .summary("s")
                .build(),
        "when",
        "Statement \"readout\": when is required");
  }

  @Test
  void refusesAMissingAuthor() {
    assertRejected(
        () ->
            Statement.builder()
                .id("readout")
                .kind(StatementKind.READOUT)
                .when(TimePoint.parse("2021"))
                .summary("s")
                .build(),
        "by",
        "Statement \"readout\": by is required");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "readout.html",
        "/events/readout",
        "javascript:alert(document.cookie)",
        "JavaScript://%0Aalert(1)",
        "file:///etc/passwd",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
        "mailto:press@kremlin.ru",
        "ftp://kremlin.ru/readout",
        "https:readout",
        "https:///readout",
        "vbscript:msgbox(1)"
      })
  void refusesAUrlThatIsNotAWebAddress(String url) {
    assertRejected(
        () -> readout().url(new URI(url)).build(),
        "url",
        "Statement \"readout\": url \""
            + url
            + "\" must be an absolute http or https URL, such as \"https://www.un.org/en/\"");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://www.kremlin.ru/events/president/news/67475",
        "http://example.org/",
        "HTTPS://EXAMPLE.ORG/A",
        "https://кремль.рф/новости"
      })
  void acceptsAnAbsoluteHttpOrHttpsUrl(String url) throws URISyntaxException {
    assertThat(readout().url(new URI(url)).build().url()).contains(new URI(url));
  }

  @Test
  void refusesAUrlWithHalfASurrogatePair() throws URISyntaxException {
    assertRejected(
        () -> readout().url(new URI("https://example.org/\uD83C")).build(),
        "url",
        "Statement \"readout\": url holds half of a surrogate pair at index 20, which is not valid Unicode");
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
