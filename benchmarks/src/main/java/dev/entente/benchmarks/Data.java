package dev.entente.benchmarks;

import dev.entente.Conversation;
import dev.entente.Dossier;
import dev.entente.io.EntenteJson;
import dev.entente.io.JsonLinesWriter;
import dev.entente.testing.DossierGenerator;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/** The benchmarks' data, generated from fixed seeds so that every run measures the same input. */
final class Data {
  static final EntenteJson ENTENTE = EntenteJson.defaults();

  private Data() {}

  /** A dossier of about this many records. */
  static Dossier dossier(int records) {
    return DossierGenerator.withSeed(2021).size(records).dossier();
  }

  /**
   * Exactly this many conversations: the conversations of one generated dossier, over and over,
   * each time under new ids.
   */
  static List<Conversation> conversations(int count) {
    List<Conversation> generated =
        DossierGenerator.withSeed(2021).size(6_000).records(Conversation.class);
    List<Conversation> conversations = new ArrayList<>(count);
    for (int i = 0; conversations.size() < count; i++) {
      Conversation conversation = generated.get(i % generated.size());
      conversations.add(
          Conversation.builder()
              .from(conversation)
              .id(conversation.id() + "-" + i / generated.size())
              .build());
    }
    return conversations;
  }

  static byte[] jsonLines(List<Conversation> conversations) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonLinesWriter<Conversation> writer = ENTENTE.linesWriter(out, Conversation.class)) {
      conversations.forEach(writer::write);
    }
    return out.toByteArray();
  }
}
