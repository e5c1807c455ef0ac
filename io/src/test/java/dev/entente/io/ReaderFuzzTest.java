package dev.entente.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.entente.Conversation;
import dev.entente.Dossier;
import dev.entente.testing.December2021;
import dev.entente.testing.DossierGenerator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fuzz tests of the two readers. Every build runs them over the committed inputs in {@code
 * ReaderFuzzTestInputs/<method>} (a seed corpus and the findings of past fuzzing); with {@code
 * JAZZER_FUZZ=1} Jazzer generates new inputs instead (see {@code docs/fuzzing.md}).
 *
 * <p>The properties: any input either reads or ends in an {@link EntenteJsonException} that names
 * where and why; what reads writes back to bytes that read to the same value and write to the same
 * bytes; and skipping unknown fields never refuses what the strict reader accepts, nor reads it
 * differently.
 */
class ReaderFuzzTest {
  private static final EntenteJson STRICT = EntenteJson.defaults();
  private static final EntenteJson LENIENT =
      EntenteJson.builder().ignoreUnknownFields(true).build();

  /** The golden and invalid files, and generated dossiers of a few sizes, compact and pretty. */
  static Stream<byte[]> dossierSeeds() {
    EntenteJson pretty = EntenteJson.builder().prettyPrint(true).build();
    Stream<byte[]> golden = GoldenFilesTest.goldenFiles().map(file -> (byte[]) file.get()[1]);
    Stream<byte[]> invalid =
        GoldenFilesTest.invalidFiles()
            .map(file -> GoldenFilesTest.resource("invalid/" + file.get()[0]));
    Stream<byte[]> generated =
        Stream.of(10, 30)
            .map(size -> DossierGenerator.withSeed(size).size(size).dossier())
            .flatMap(dossier -> Stream.of(STRICT.writeBytes(dossier), pretty.writeBytes(dossier)));
    return Stream.of(golden, invalid, generated).flatMap(seeds -> seeds);
  }

  /** The December 2021 conversations and generated ones, as JSON Lines. */
  static Stream<byte[]> linesSeeds() {
    return Stream.of(
        lines(December2021.dossier().conversations()),
        lines(DossierGenerator.withSeed(1).size(40).records(Conversation.class)));
  }

  @MethodSource("dossierSeeds")
  @FuzzTest(maxDuration = "10m")
  void readDossier(byte[] input) {
    Dossier lenient = readOrExplain(() -> LENIENT.readDossier(input));
    Dossier strict = readOrExplain(() -> STRICT.readDossier(input));
    if (strict != null) {
      assertThat(lenient).isEqualTo(strict);
    }
    if (lenient != null) {
      byte[] written = STRICT.writeBytes(lenient);
      Dossier reread = STRICT.readDossier(written);
      assertThat(reread).isEqualTo(lenient);
      assertThat(STRICT.writeBytes(reread)).isEqualTo(written);
    }
  }

  @MethodSource("linesSeeds")
  @FuzzTest(maxDuration = "10m")
  void readLines(byte[] input) {
    List<Conversation> lenient = readOrExplain(() -> readAllLines(LENIENT, input));
    List<Conversation> strict = readOrExplain(() -> readAllLines(STRICT, input));
    if (strict != null) {
      assertThat(lenient).isEqualTo(strict);
    }
    if (lenient != null) {
      assertThat(readAllLines(STRICT, lines(lenient))).isEqualTo(lenient);
    }
  }

  private static byte[] lines(List<Conversation> conversations) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonLinesWriter<Conversation> writer = STRICT.linesWriter(out, Conversation.class)) {
      conversations.forEach(writer::write);
    }
    return out.toByteArray();
  }

  private static List<Conversation> readAllLines(EntenteJson json, byte[] input) {
    try (Stream<Conversation> lines =
        json.readLines(new ByteArrayInputStream(input), Conversation.class)) {
      return lines.toList();
    }
  }

  /**
   * Returns what {@code read} reads, or null if it refused the input with an {@link
   * EntenteJsonException} that says where and why. Any other exception or error escapes, and Jazzer
   * reports it as a finding.
   */
  private static <T> T readOrExplain(Supplier<T> read) {
    try {
      return read.get();
    } catch (EntenteJsonException e) {
      assertThat(e.kind()).isNotNull();
      assertThat(e.path()).startsWith("$");
      assertThat(e.line()).isPositive();
      assertThat(e.column()).isPositive();
      assertThat(e.reason()).isNotBlank();
      return null;
    }
  }
}
