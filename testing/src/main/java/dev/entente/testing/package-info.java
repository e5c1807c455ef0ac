/**
 * For tests of code built on the Entente model: assertions in the model's words ({@link
 * dev.entente.testing.EntenteAssertions}), the December 2021 dossier ({@link
 * dev.entente.testing.December2021}), minimal valid records ({@link
 * dev.entente.testing.MinimalRecords}), small dossiers and seeded generators. No method returns
 * {@code null}; an assertion's actual value may be {@code null}, and the assertion then fails.
 */
@NullMarked
package dev.entente.testing;

import org.jspecify.annotations.NullMarked;
