package dev.entente.io;

import dev.entente.Dossier;
import dev.entente.DossierRecord;
import java.io.InputStream;
import java.nio.file.Path;

/** Reads a dossier or a record by its type, for tests that run the same input through both. */
final class AnyValue {
  private AnyValue() {}

  static Object read(EntenteJson json, String input, Class<?> type) {
    return type == Dossier.class
        ? json.readDossier(input)
        : json.read(input, type.asSubclass(DossierRecord.class));
  }

  static Object read(EntenteJson json, byte[] input, Class<?> type) {
    return type == Dossier.class
        ? json.readDossier(input)
        : json.read(input, type.asSubclass(DossierRecord.class));
  }

  static Object read(EntenteJson json, InputStream input, Class<?> type) {
    return type == Dossier.class
        ? json.readDossier(input)
        : json.read(input, type.asSubclass(DossierRecord.class));
  }

  static Object read(EntenteJson json, Path input, Class<?> type) {
    return type == Dossier.class
        ? json.readDossier(input)
        : json.read(input, type.asSubclass(DossierRecord.class));
  }
}
