package dev.entente.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.entente.Party;
import dev.entente.io.EntenteJsonException.Kind;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A document past its longest length, and a stream that fails, each with its own kind and a real
 * place: where the limit is passed, or after the last byte the stream gave.
 */
class LengthAndStreamFailureTest {
  private static final String RUSSIA =
      "{\"id\":\"ru\",\"kind\":\"state\",\"name\":\"Россия\",\"country\":\"RU\"}";
  private static final EntenteJson JSON = EntenteJson.defaults();

  @ParameterizedTest
  @ValueSource(ints = {1, 10, 40, 63})
  void aDocumentPastItsLengthIsPlacedAtTheFirstUnitBeyond(int limit) throws IOException {
    EntenteJson limited = EntenteJson.builder().maxDocumentLength(limit).build();
    String pretty =
        "{\n  \"id\": \"ru\",\n  \"kind\": \"state\",\n  \"name\": \"Россия\",\n  \"country\": \"RU\"\n}";
    byte[] bytes = pretty.getBytes(StandardCharsets.UTF_8);
    assertThat(bytes.length).isGreaterThan(limit);
    Path file = Files.write(Files.createTempFile("long", ".json"), bytes);

    List<EntenteJsonException> errors =
        List.of(
            refused(() -> limited.read(bytes, Party.class)),
            refused(() -> limited.read(new ByteArrayInputStream(bytes), Party.class)),
            refused(() -> limited.read(file, Party.class)));
    int[] beyond = place(new String(bytes, 0, limit, StandardCharsets.UTF_8));
    for (EntenteJsonException error : errors) {
      assertThat(error.kind()).isEqualTo(Kind.LIMIT_EXCEEDED);
      assertThat(error.reason())
          .isEqualTo(
              "the input is beyond a limit: the document is longer than " + limit + " bytes");
      assertThat(new int[] {error.line(), error.column()}).containsExactly(beyond);
    }
    if (limit < pretty.length()) {
      EntenteJsonException text = refused(() -> limited.read(pretty, Party.class));
      assertThat(text.reason())
          .isEqualTo(
              "the input is beyond a limit: the document is longer than " + limit + " characters");
      assertThat(new int[] {text.line(), text.column()})
          .containsExactly(place(pretty.substring(0, limit)));
    }
    Files.delete(file);
  }

  @ParameterizedTest
  @ValueSource(strings = {"\n", "\r\n", "\r"})
  void aDocumentPastItsLengthIsPlacedOnItsLineWhateverEndsTheLines(String lineEnd) {
    String text =
        String.join(
            lineEnd,
            "{",
            "  \"id\": \"ru\",",
            "  \"kind\": \"state\",",
            "  \"name\": \"Россия\"",
            "}");
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    int limit = new String(bytes, StandardCharsets.UTF_8).indexOf("state") + 2;
    int byteLimit = text.substring(0, limit).getBytes(StandardCharsets.UTF_8).length;

    EntenteJsonException error =
        refused(
            () ->
                EntenteJson.builder()
                    .maxDocumentLength(byteLimit)
                    .build()
                    .read(bytes, Party.class));

    assertThat(new int[] {error.line(), error.column()}).containsExactly(3, 14);
  }

  @Test
  void aDocumentOfExactlyTheLongestLengthIsRead() {
    byte[] bytes = RUSSIA.getBytes(StandardCharsets.UTF_8);
    EntenteJson exact = EntenteJson.builder().maxDocumentLength(bytes.length).build();

    assertThat(exact.read(bytes, Party.class).id()).isEqualTo("ru");
    assertThat(exact.read(new ByteArrayInputStream(bytes), Party.class).id()).isEqualTo("ru");
    assertThat(
            refused(
                    () ->
                        EntenteJson.builder()
                            .maxDocumentLength(bytes.length - 1)
                            .build()
                            .read(bytes, Party.class))
                .kind())
        .isEqualTo(Kind.LIMIT_EXCEEDED);
  }

  @Test
  void aStreamThatFailsAfterACompleteValueIsAnIoErrorAfterItsLastByte() {
    EntenteJsonException error =
        refused(() -> JSON.read(failingAfter(RUSSIA + "\n  "), Party.class));

    assertThat(error.kind()).isEqualTo(Kind.IO);
    assertThat(error.reason())
        .startsWith("reading the input failed after 66 bytes: java.io.IOException: disk gone");
    assertThat(error.getCause()).isInstanceOf(IOException.class);
    assertThat(new int[] {error.line(), error.column()}).containsExactly(2, 3);
  }

  @Test
  void aStreamThatFailsInsideAValueIsAnIoErrorWhereItFailed() {
    String half = "{\"formatVersion\":\"1.0\",\n\"parties\":[{\"name\":\"Рос";

    EntenteJsonException error = refused(() -> JSON.readDossier(failingAfter(half)));

    assertThat(error.kind()).isEqualTo(Kind.IO);
    assertThat(new int[] {error.line(), error.column()}).containsExactly(place(half));
  }

  @Test
  void aStreamOfJsonLinesThatFailsIsAnIoErrorOnTheLineWhereItFailed() {
    InputStream lines = failingAfter(RUSSIA + "\n" + RUSSIA.replace("ru", "ua").substring(0, 20));

    EntenteJsonException error =
        refused(
            () -> {
              try (Stream<Party> parties = JSON.readLines(lines, Party.class)) {
                return parties.toList();
              }
            });

    assertThat(error.kind()).isEqualTo(Kind.IO);
    assertThat(error.reason()).startsWith("reading line 2 failed: java.io.IOException: disk gone");
    assertThat(new int[] {error.line(), error.column()}).containsExactly(2, 21);
  }

  @Test
  void aJsonLinesLinePastTheLongestLengthIsBeyondALimit() {
    EntenteJson limited = EntenteJson.builder().maxDocumentLength(70).build();
    byte[] lines =
        (RUSSIA + "\n" + RUSSIA.replace("Россия", "Российская Федерация") + "\n")
            .getBytes(StandardCharsets.UTF_8);

    EntenteJsonException error =
        refused(
            () -> {
              try (Stream<Party> parties =
                  limited.readLines(new ByteArrayInputStream(lines), Party.class)) {
                return parties.toList();
              }
            });

    assertThat(error.kind()).isEqualTo(Kind.LIMIT_EXCEEDED);
    assertThat(error.reason())
        .isEqualTo("the input is beyond a limit: line 2 is longer than 70 bytes");
    assertThat(error.line()).isEqualTo(2);
  }

  @Test
  void aFileThatCannotBeOpenedHasNoLocation(@TempDir Path directory) {
    EntenteJsonException error = refused(() -> JSON.readDossier(directory.resolve("missing.json")));

    assertThat(error.kind()).isEqualTo(Kind.IO);
    assertThat(error.hasLocation()).isFalse();
    assertThat(error.line()).isZero();
    assertThat(error.column()).isZero();
    assertThat(error.getMessage()).startsWith("$: cannot read ");
  }

  /** The line and column of the character after a text, counting code points. */
  private static int[] place(String before) {
    int newline = before.lastIndexOf('\n');
    int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
    String last = before.substring(newline + 1);
    return new int[] {line, last.codePointCount(0, last.length()) + 1};
  }

  private static InputStream failingAfter(String text) {
    InputStream failing =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("disk gone");
          }

          @Override
          public int read(byte[] buffer, int offset, int length) throws IOException {
            throw new IOException("disk gone");
          }
        };
    return new SequenceInputStream(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), failing);
  }

  private interface Reading {
    Object read();
  }

  private static EntenteJsonException refused(Reading reading) {
    EntenteJsonException error = catchThrowableOfType(EntenteJsonException.class, reading::read);
    assertThat(error).as("an EntenteJsonException").isNotNull();
    return error;
  }
}
