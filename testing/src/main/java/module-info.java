/**
 * What users need to test code built on the Entente model: AssertJ assertions in the model's words
 * ({@link dev.entente.testing.EntenteAssertions}), the December 2021 dossier and small fixtures,
 * builders of minimal valid records, and seeded generators of valid dossiers.
 */
module dev.entente.testing {
  requires transitive dev.entente;
  requires static org.jspecify;
  requires transitive org.assertj.core;

  exports dev.entente.testing;
}
