package dev.entente.io;

import static dev.entente.testing.EntenteAssertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.entente.Conversation;
import dev.entente.Dossier;
import dev.entente.testing.DossierGenerator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Round trips over generated dossiers: every type, every precision, the edge values of text. */
class GeneratedRoundTripTest {
  private static final EntenteJson COMPACT = EntenteJson.defaults();
  private static final EntenteJson PRETTY = EntenteJson.builder().prettyPrint(true).build();

  @Test
  void readingWhatIsWrittenGivesTheDossierBackAndRewritingGivesTheSameBytes() {
    DossierGenerator.forEachDossier(
        1_000,
        30,
        dossier -> {
          for (EntenteJson json : new EntenteJson[] {COMPACT, PRETTY}) {
            byte[] written = json.writeBytes(dossier);
            Dossier read = json.readDossier(written);
            assertThat(read).isEqualTo(dossier);
            assertThat(json.writeBytes(read)).isEqualTo(written);
          }
        });
  }

  @Test
  void jsonLinesGiveTheRecordsBack() {
    DossierGenerator.forEachDossier(
        200,
        60,
        dossier -> {
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          try (JsonLinesWriter<Conversation> writer =
              COMPACT.linesWriter(out, Conversation.class)) {
            dossier.conversations().forEach(writer::write);
          }
          try (Stream<Conversation> read =
              COMPACT.readLines(new ByteArrayInputStream(out.toByteArray()), Conversation.class)) {
            assertThat(read.collect(Collectors.toList())).isEqualTo(dossier.conversations());
          }
        });
  }

  @Test
  void whatIsWrittenMeetsTheSchema() {
    Schema schema =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(EntenteJson.dossierSchema(), InputFormat.JSON);
    DossierGenerator.forEachDossier(
        200,
        40,
        dossier ->
            assertThat(
                    schema.validate(
                        new String(COMPACT.writeBytes(dossier), StandardCharsets.UTF_8),
                        InputFormat.JSON))
                .isEmpty());
  }
}
