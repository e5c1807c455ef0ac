package dev.entente.benchmarks;

import dev.entente.Dossier;
import dev.entente.benchmarks.DatabindShapes.DossierJson;

/**
 * Reading and writing one dossier, against databind on its shape; each subclass names the dossier.
 */
public abstract class DossierValueBenchmark extends ValueBenchmark<Dossier, DossierJson> {
  DossierValueBenchmark() {
    super(DossierJson.class);
  }

  @Override
  final byte[] write(Dossier value) {
    return Data.ENTENTE.writeBytes(value);
  }

  @Override
  final Dossier read(byte[] json) {
    return Data.ENTENTE.readDossier(json);
  }
}
