/**
 * AssertJ assertions for tests of Spark transformations of Entente's records; AssertJ is an
 * optional dependency, on the class path of the tests that use them.
 */
@NullMarked
package dev.entente.spark.testing;

import org.jspecify.annotations.NullMarked;
