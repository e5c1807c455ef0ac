/**
 * The immutable model of diplomatic engagements: parties, leaders, conversations, agreements,
 * scheduled talks, statements and topics, held together in a {@link dev.entente.Dossier}.
 *
 * <p>The module has no run-time dependency. Immutables annotations are read at compile time only.
 */
module dev.entente {
  requires static org.immutables.value.annotations;
  requires static org.jspecify;

  exports dev.entente;
  // The declarations of the model's fields, from which Entente's JSON codecs are made: not an API.
  exports dev.entente.internal to
      dev.entente.io,
      dev.entente.formats;
}
