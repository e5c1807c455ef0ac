/**
 * JSON and JSON Lines for the Entente model, with Jackson 3: the {@link dev.entente.io.EntenteJson}
 * facade, and the {@link dev.entente.io.EntenteModule} for applications' own {@code JsonMapper}s.
 */
module dev.entente.io {
  requires transitive dev.entente;
  requires static org.jspecify;
  requires transitive tools.jackson.databind;

  exports dev.entente.io;

  provides tools.jackson.databind.JacksonModule with
      dev.entente.io.EntenteModule;
}
